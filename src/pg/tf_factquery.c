/*
 * tf_factquery.c — the factquery type: text input (the parser of
 * src/core/factquery_parse.c), canonical text output, and send/receive.
 *
 * The stored form is the parsed, flat query, so an operator reads it without
 * parsing.  Binary send/receive use the canonical text: it holds nothing
 * node-local, and receiving it runs the same parser and checks as text input,
 * so a malformed binary value cannot reach the evaluator.
 */
#include "textfacts_pg.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

static Datum
parse_query(const char *s, size_t len)
{
	tf_allocator alloc;
	tf_parse_error err;
	size_t		size;
	void	   *block;

	tf_pg_check_encoding();
	tf_pg_allocator_init(&alloc, CurrentMemoryContext);
	block = tf_fq_parse(&alloc, VARHDRSZ, s, len, &size, &err);
	if (block == NULL)
		tf_pg_raise(&err, "factquery");
	return tf_pg_varlena(block, size);
}

PG_FUNCTION_INFO_V1(factquery_in);
Datum
factquery_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);

	return parse_query(s, strlen(s));
}

PG_FUNCTION_INFO_V1(factquery_out);
Datum
factquery_out(PG_FUNCTION_ARGS)
{
	struct varlena *q = PG_GETARG_FACTQUERY(0);
	tf_allocator alloc;

	tf_pg_allocator_init(&alloc, CurrentMemoryContext);
	PG_RETURN_CSTRING(tf_fq_format(&alloc, FQ_HDR(q)));
}

PG_FUNCTION_INFO_V1(factquery_recv);
Datum
factquery_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int			nbytes;
	char	   *s;

	if (version != TF_FQ_FORMAT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported factquery format version %d", version)));
	s = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	return parse_query(s, (size_t) nbytes);
}

PG_FUNCTION_INFO_V1(factquery_send);
Datum
factquery_send(PG_FUNCTION_ARGS)
{
	struct varlena *q = PG_GETARG_FACTQUERY(0);
	tf_allocator alloc;
	StringInfoData buf;
	char	   *text;

	tf_pg_allocator_init(&alloc, CurrentMemoryContext);
	text = tf_fq_format(&alloc, FQ_HDR(q));
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, TF_FQ_FORMAT_VERSION);
	pq_sendtext(&buf, text, strlen(text));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* to_factquery(text): the same parser as input, for a text column */
PG_FUNCTION_INFO_V1(textfacts_to_factquery);
Datum
textfacts_to_factquery(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	return parse_query(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}
