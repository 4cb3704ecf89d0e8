/*
 * tf_factvector.c — the factvector type: text and binary input/output, and
 * the reporting of the core parsers' errors that factquery shares.
 *
 * The parsing and validation live in src/core/factvector.c (so the fuzzers
 * reach them); this file turns their results into varlenas and their errors
 * into ereports.  A value read from a table is detoasted before its layout
 * is touched.
 */
#include "textfacts_pg.h"

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

void
tf_pg_raise(const tf_parse_error *err, const char *what)
{
	switch (err->code)
	{
		case TF_ERR_LIMIT:
			if (err->pos > 0)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("%s exceeds a limit at character %d: %s", what, err->pos,
								err->message),
						 err->hint[0] ? errhint("%s", err->hint) : 0));
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s", err->message),
					 err->hint[0] ? errhint("%s", err->hint) : 0));
			break;
		case TF_ERR_BINARY:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary %s: %s", what, err->message),
					 errdetail("At byte %d of the data.", err->pos)));
			break;
		case TF_ERR_VALUE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid value in %s at character %d: %s", what, err->pos,
							err->message),
					 err->hint[0] ? errhint("%s", err->hint) : 0));
			break;
		case TF_ERR_SYNTAX:
		default:
			ereport(ERROR,
					(errcode(ERRCODE_SYNTAX_ERROR),
					 errmsg("syntax error in %s at character %d: %s", what, err->pos,
							err->message),
					 err->hint[0] ? errhint("%s", err->hint) : 0));
			break;
	}
	pg_unreachable();
}

Datum
tf_pg_varlena(void *block, size_t size)
{
	SET_VARSIZE(block, size);
	return PointerGetDatum(block);
}

PG_FUNCTION_INFO_V1(factvector_in);
Datum
factvector_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	tf_allocator alloc;
	tf_parse_error err;
	size_t		size;
	void	   *block;

	tf_pg_check_encoding();
	tf_pg_allocator_init(&alloc, CurrentMemoryContext);
	block = tf_fv_parse_text(&alloc, VARHDRSZ, s, strlen(s), &size, &err);
	if (block == NULL)
		tf_pg_raise(&err, "factvector");
	return tf_pg_varlena(block, size);
}

PG_FUNCTION_INFO_V1(factvector_out);
Datum
factvector_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FACTVECTOR(0);
	tf_allocator alloc;

	tf_pg_allocator_init(&alloc, CurrentMemoryContext);
	PG_RETURN_CSTRING(tf_fv_format_text(&alloc, FV_HDR(v)));
}

/*
 * Receive: the wire form (factsearch.h) holds no OIDs or other node-local
 * values, so a value can move between servers (Citus) in binary.  The core
 * decoder checks all of it before allocating the result.
 */
PG_FUNCTION_INFO_V1(factvector_recv);
Datum
factvector_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	tf_allocator alloc;
	tf_parse_error err;
	size_t		size;
	void	   *block;

	tf_pg_check_encoding();
	tf_pg_allocator_init(&alloc, CurrentMemoryContext);
	block = tf_fv_from_wire(&alloc, VARHDRSZ, (const uint8 *) buf->data + buf->cursor,
							(size_t) (buf->len - buf->cursor), &size, &err);
	if (block == NULL)
		tf_pg_raise(&err, "factvector");
	buf->cursor = buf->len;
	return tf_pg_varlena(block, size);
}

PG_FUNCTION_INFO_V1(factvector_send);
Datum
factvector_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FACTVECTOR(0);
	size_t		n = tf_fv_wire_size(FV_HDR(v));
	bytea	   *res;

	if (n > MaxAllocSize - VARHDRSZ)
		elog(ERROR, "factvector wire form of %zu bytes is too large", n);
	res = (bytea *) palloc(VARHDRSZ + n);
	SET_VARSIZE(res, VARHDRSZ + n);
	tf_fv_wire_write(FV_HDR(v), (uint8 *) VARDATA(res));
	PG_RETURN_BYTEA_P(res);
}

/* the engine version that made a factvector (0: typed or merged with a typed one) */
PG_FUNCTION_INFO_V1(factvector_engine_version);
Datum
factvector_engine_version(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_FACTVECTOR(0);

	PG_RETURN_INT32((int32) FV_HDR(v)->engine);
}

/*
 * unnest(factvector): the keys (text form) and their mention counts, in the
 * vector's order, as unnest(tsvector) lists lexemes.
 */
PG_FUNCTION_INFO_V1(factvector_unnest);
Datum
factvector_unnest(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	struct varlena *v = PG_GETARG_FACTVECTOR(0);
	const tf_fv_header *h = FV_HDR(v);
	char		text[TF_KEY_TEXT_MAX];

	InitMaterializedSRF(fcinfo, 0);
	for (uint32 i = 0; i < h->nkeys; i++)
	{
		size_t		len;
		const uint8 *key = tf_fv_key(h, i, &len);
		size_t		tlen = tf_factkey_to_text(key, len, text);
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = PointerGetDatum(cstring_to_text_with_len(text, (int) tlen));
		values[1] = Int32GetDatum((int32) tf_fv_slots(h)[i].count);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
