/*
 * tf_gin.c — GIN support for factvector: the default operator class,
 * indexing each fact key of a vector.
 *
 * Keys (src/core/factsearch.h) are stored as bytea and compared byte by
 * byte, never through a collation, so an index behaves the same in every
 * database.  Their encoding makes byte order the order of values, so every
 * term of a query is one index lookup:
 *
 *  - a name (org:"World Bank") or a figure equality with its unit is an
 *    exact entry;
 *  - everything else (a kind alone, a prefix, a comparison, a range, a date
 *    overlap, a unit-less figure) is a partial-match entry: GIN scans the
 *    keys from the term's start key and asks comparePartial, which is the
 *    core's term matcher (tf_fq_term_match), whether each key matches,
 *    should be skipped, or ends the scan.
 *
 * Every term of a query is an entry, negated ones included, numbered as the
 * query numbers its terms; consistent then evaluates the query itself on
 * what the index says of each term, so the answer is exact (no recheck).
 * A query that a document with none of its terms satisfies (!a, !a | b,
 * !(a & b)) asks for GIN_SEARCH_MODE_ALL, as gin_extract_tsquery does, so
 * that such documents are visited too.
 */
#include "textfacts_pg.h"

#include "access/gin.h"
#include "access/stratnum.h"

/* strategies of the operator class */
#define TF_STRATEGY_MATCH		1	/* factvector @@ factquery */
#define TF_STRATEGY_CONTAINS	2	/* factvector @> factvector */

/* what comparePartial needs to match a key against a term */
typedef struct gin_term
{
	const tf_fq_header *q;
	const tf_fq_node *t;
} gin_term;

static Datum
key_datum(const uint8 *key, size_t len)
{
	bytea	   *b = (bytea *) palloc(VARHDRSZ + len);

	SET_VARSIZE(b, VARHDRSZ + len);
	memcpy(VARDATA(b), key, len);
	return PointerGetDatum(b);
}

PG_FUNCTION_INFO_V1(gin_factkey_cmp);
Datum
gin_factkey_cmp(PG_FUNCTION_ARGS)
{
	bytea	   *a = PG_GETARG_BYTEA_PP(0);
	bytea	   *b = PG_GETARG_BYTEA_PP(1);
	int			c = tf_key_cmp((const uint8 *) VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a),
							   (const uint8 *) VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_INT32(c);
}

PG_FUNCTION_INFO_V1(gin_extract_factvector);
Datum
gin_extract_factvector(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FACTVECTOR(0);
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	const tf_fv_header *h = FV_HDR(v);
	Datum	   *entries = NULL;

	*nentries = (int32) h->nkeys;
	if (h->nkeys > 0)
	{
		entries = (Datum *) palloc(sizeof(Datum) * h->nkeys);
		for (uint32 i = 0; i < h->nkeys; i++)
		{
			size_t		len;
			const uint8 *key = tf_fv_key(h, i, &len);

			entries[i] = key_datum(key, len);
		}
	}
	PG_RETURN_POINTER(entries);
}

/* true if q is satisfied by a document in which no term holds */
static tf_tri
all_false(void *ctx, const tf_fq_node *t)
{
	return TF_FALSE;
}

PG_FUNCTION_INFO_V1(gin_extract_factquery);
Datum
gin_extract_factquery(PG_FUNCTION_ARGS)
{
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	  **partial = (bool **) PG_GETARG_POINTER(3);
	Pointer   **extra = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	Datum	   *entries = NULL;

	if (strategy == TF_STRATEGY_MATCH)
	{
		/* detoasted in the scan's context: extra data points into it */
		struct varlena *qv = PG_GETARG_FACTQUERY(0);
		const tf_fq_header *q = FQ_HDR(qv);
		const tf_fq_node *nodes = tf_fq_nodes(q);
		int			n = (int) q->nterms;
		gin_term   *terms;

		entries = (Datum *) palloc(sizeof(Datum) * Max(n, 1));
		*partial = (bool *) palloc(sizeof(bool) * Max(n, 1));
		*extra = (Pointer *) palloc(sizeof(Pointer) * Max(n, 1));
		terms = (gin_term *) palloc(sizeof(gin_term) * Max(n, 1));
		for (uint32 i = 0; i < q->nnodes; i++)
		{
			const tf_fq_node *t = &nodes[i];
			uint8		start[TF_KEY_MAX];
			bool		exact;
			size_t		len;

			if (t->type != TF_FQ_TERM)
				continue;
			if (t->term >= n)
				elog(ERROR, "factquery term %d out of range", t->term);
			len = tf_fq_term_start(q, t, start, &exact);
			entries[t->term] = key_datum(start, len);
			(*partial)[t->term] = !exact;
			terms[t->term].q = q;
			terms[t->term].t = t;
			(*extra)[t->term] = (Pointer) &terms[t->term];
		}
		*nentries = n;
		/* no required positive term: documents with none of the entries match too */
		*searchMode = tf_fq_eval(q, all_false, NULL) == TF_TRUE ?
			GIN_SEARCH_MODE_ALL : GIN_SEARCH_MODE_DEFAULT;
	}
	else if (strategy == TF_STRATEGY_CONTAINS)
	{
		struct varlena *v = PG_GETARG_FACTVECTOR(0);
		const tf_fv_header *h = FV_HDR(v);

		*nentries = (int32) h->nkeys;
		if (h->nkeys > 0)
		{
			entries = (Datum *) palloc(sizeof(Datum) * h->nkeys);
			for (uint32 i = 0; i < h->nkeys; i++)
			{
				size_t		len;
				const uint8 *key = tf_fv_key(h, i, &len);

				entries[i] = key_datum(key, len);
			}
		}
		else
			*searchMode = GIN_SEARCH_MODE_ALL;	/* every vector contains the empty one */
	}
	else
		elog(ERROR, "unrecognized strategy number: %d", strategy);
	PG_RETURN_POINTER(entries);
}

PG_FUNCTION_INFO_V1(gin_factkey_cmp_partial);
Datum
gin_factkey_cmp_partial(PG_FUNCTION_ARGS)
{
	bytea	   *key = PG_GETARG_BYTEA_PP(1);
	gin_term   *term = (gin_term *) PG_GETARG_POINTER(3);
	int			r;

	if (term == NULL)
		elog(ERROR, "factvector partial match without its term");
	r = tf_fq_term_match(term->q, term->t, (const uint8 *) VARDATA_ANY(key),
						 VARSIZE_ANY_EXHDR(key));
	PG_FREE_IF_COPY(key, 1);
	PG_RETURN_INT32(r);
}

/* the value of each term for evaluation: what GIN knows of its entry */
typedef struct gin_check
{
	const GinTernaryValue *tri;
	const bool *check;
} gin_check;

static tf_tri
term_from_check(void *ctx, const tf_fq_node *t)
{
	gin_check  *c = ctx;

	if (c->check)
		return c->check[t->term] ? TF_TRUE : TF_FALSE;
	switch (c->tri[t->term])
	{
		case GIN_TRUE:
			return TF_TRUE;
		case GIN_FALSE:
			return TF_FALSE;
		default:
			return TF_MAYBE;
	}
}

PG_FUNCTION_INFO_V1(gin_factquery_consistent);
Datum
gin_factquery_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nentries = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	bool		res = true;

	/* the entries say exactly which terms hold: no recheck */
	*recheck = false;
	if (strategy == TF_STRATEGY_MATCH)
	{
		struct varlena *qv = PG_GETARG_FACTQUERY(2);
		gin_check	c = {NULL, check};

		res = tf_fq_eval(FQ_HDR(qv), term_from_check, &c) == TF_TRUE;
	}
	else if (strategy == TF_STRATEGY_CONTAINS)
	{
		for (int32 i = 0; i < nentries && res; i++)
			res = check[i];
	}
	else
		elog(ERROR, "unrecognized strategy number: %d", strategy);
	PG_RETURN_BOOL(res);
}

PG_FUNCTION_INFO_V1(gin_factquery_triconsistent);
Datum
gin_factquery_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nentries = PG_GETARG_INT32(3);
	GinTernaryValue res = GIN_TRUE;

	if (strategy == TF_STRATEGY_MATCH)
	{
		struct varlena *qv = PG_GETARG_FACTQUERY(2);
		gin_check	c = {check, NULL};

		switch (tf_fq_eval(FQ_HDR(qv), term_from_check, &c))
		{
			case TF_TRUE:
				res = GIN_TRUE;
				break;
			case TF_FALSE:
				res = GIN_FALSE;
				break;
			default:
				res = GIN_MAYBE;
				break;
		}
	}
	else if (strategy == TF_STRATEGY_CONTAINS)
	{
		for (int32 i = 0; i < nentries && res != GIN_FALSE; i++)
		{
			if (check[i] == GIN_FALSE)
				res = GIN_FALSE;
			else if (check[i] == GIN_MAYBE)
				res = GIN_MAYBE;
		}
	}
	else
		elog(ERROR, "unrecognized strategy number: %d", strategy);
	PG_RETURN_GIN_TERNARY_VALUE(res);
}
