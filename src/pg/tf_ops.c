/*
 * tf_ops.c — the operators of factvector and factquery: @@ (match), @> and
 * <@ (containment), || (merge), and the comparison functions behind the
 * btree and hash operator classes (so DISTINCT, GROUP BY and unique indexes
 * work on factvector).
 *
 * Equality and order look at the keys and their counts only, not at the
 * engine version in the header: the same facts typed by hand and extracted
 * by the engine are equal.
 */
#include "textfacts_pg.h"

#include "common/hashfn.h"
#include "miscadmin.h"

typedef struct match_ctx
{
	const tf_fq_header *q;
	const tf_fv_header *v;
} match_ctx;

/*
 * One term of a query against a vector: a scan of the vector's keys from the
 * term's start, which for a term without a unit may cover most of them.  A
 * query of thousands of such terms over a large vector takes seconds, so a
 * cancel is honoured between terms.
 */
static tf_tri
term_in_vector(void *ctx, const tf_fq_node *term)
{
	match_ctx  *m = ctx;

	CHECK_FOR_INTERRUPTS();
	return tf_fq_term_in_vector(m->q, term, m->v) ? TF_TRUE : TF_FALSE;
}

/* q @@ v, as tf_fq_match, with interrupt checks */
static bool
matches(const tf_fq_header *q, const tf_fv_header *v)
{
	match_ctx	m = {q, v};

	return tf_fq_eval(q, term_in_vector, &m) == TF_TRUE;
}

PG_FUNCTION_INFO_V1(factvector_matches);
Datum
factvector_matches(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FACTVECTOR(0);
	struct varlena *q = PG_GETARG_FACTQUERY(1);

	PG_RETURN_BOOL(matches(FQ_HDR(q), FV_HDR(v)));
}

PG_FUNCTION_INFO_V1(factquery_matches);
Datum
factquery_matches(PG_FUNCTION_ARGS)
{
	struct varlena *q = PG_GETARG_FACTQUERY(0);
	struct varlena *v = PG_GETARG_FACTVECTOR(1);

	PG_RETURN_BOOL(matches(FQ_HDR(q), FV_HDR(v)));
}

PG_FUNCTION_INFO_V1(factvector_contains);
Datum
factvector_contains(PG_FUNCTION_ARGS)
{
	struct varlena *a = PG_GETARG_FACTVECTOR(0);
	struct varlena *b = PG_GETARG_FACTVECTOR(1);

	PG_RETURN_BOOL(tf_fv_contains(FV_HDR(a), FV_HDR(b)));
}

PG_FUNCTION_INFO_V1(factvector_contained);
Datum
factvector_contained(PG_FUNCTION_ARGS)
{
	struct varlena *a = PG_GETARG_FACTVECTOR(0);
	struct varlena *b = PG_GETARG_FACTVECTOR(1);

	PG_RETURN_BOOL(tf_fv_contains(FV_HDR(b), FV_HDR(a)));
}

PG_FUNCTION_INFO_V1(factvector_concat);
Datum
factvector_concat(PG_FUNCTION_ARGS)
{
	struct varlena *a = PG_GETARG_FACTVECTOR(0);
	struct varlena *b = PG_GETARG_FACTVECTOR(1);
	tf_allocator alloc;
	tf_parse_error err;
	size_t		size;
	void	   *block;

	tf_pg_allocator_init(&alloc, CurrentMemoryContext);
	block = tf_fv_merge(&alloc, VARHDRSZ, FV_HDR(a), FV_HDR(b), &size, &err);
	if (block == NULL)
		tf_pg_raise(&err, "factvector");
	return tf_pg_varlena(block, size);
}

/* ---- btree and hash support ---- */

static int
compare_args(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_FACTVECTOR(0);
	struct varlena *b = PG_GETARG_FACTVECTOR(1);
	int			c = tf_fv_cmp(FV_HDR(a), FV_HDR(b));

	/* an index build compares many values: do not keep detoasted copies */
	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return c;
}

PG_FUNCTION_INFO_V1(factvector_cmp);
Datum
factvector_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(compare_args(fcinfo));
}

PG_FUNCTION_INFO_V1(factvector_lt);
Datum
factvector_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(factvector_le);
Datum
factvector_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(factvector_eq);
Datum
factvector_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) == 0);
}

PG_FUNCTION_INFO_V1(factvector_ne);
Datum
factvector_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) != 0);
}

PG_FUNCTION_INFO_V1(factvector_ge);
Datum
factvector_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(factvector_gt);
Datum
factvector_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) > 0);
}

/* hashes what equality compares: keys and counts, not the header */
PG_FUNCTION_INFO_V1(factvector_hash);
Datum
factvector_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FACTVECTOR(0);
	const tf_fv_header *h = FV_HDR(v);
	uint32		hash = 0;

	for (uint32 i = 0; i < h->nkeys; i++)
	{
		size_t		len;
		const uint8 *key = tf_fv_key(h, i, &len);

		hash = hash_combine(hash, hash_bytes(key, (int) len));
		hash = hash_combine(hash, tf_fv_slots(h)[i].count);
	}
	PG_FREE_IF_COPY(v, 0);
	PG_RETURN_INT32((int32) hash);
}
