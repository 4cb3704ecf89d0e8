/*
 * tf_headline.c — textfacts.headline(body, query, ref_date, options): the
 * sentences of a document that hold the facts a query matched, with those
 * facts marked (src/core/headline.c does the work).
 */
#include "textfacts_pg.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(textfacts_headline);
Datum
textfacts_headline(PG_FUNCTION_ARGS)
{
	text	   *body;
	struct varlena *q;
	text	   *options = NULL;
	tf_options	opts;
	tf_headline_opts hopts;
	tf_parse_error err;
	tf_allocator alloc;
	MemoryContext cxt,
				old;
	char	   *result;
	text	   *res;

	/* not STRICT for the sake of ref_date: NULL body or query, NULL result */
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	tf_pg_check_input(PG_GETARG_DATUM(0));
	tf_pg_check_encoding();
	body = PG_GETARG_TEXT_PP(0);
	q = PG_GETARG_FACTQUERY(1);
	tf_pg_options(&opts, fcinfo, PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : PG_GETARG_DATEADT(2));
	if (PG_NARGS() > 3 && !PG_ARGISNULL(3))
		options = PG_GETARG_TEXT_PP(3);
	if (!tf_headline_options(options ? VARDATA_ANY(options) : "",
							 options ? VARSIZE_ANY_EXHDR(options) : 0, &hopts, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid headline options at character %d: %s", err.pos, err.message),
				 err.hint[0] ? errhint("%s", err.hint) : 0));
	/* the dollar of the vectors the query was run against */
	if (hopts.dollar_len > 0)
		opts.dollar = tf_pg_dollar(cstring_to_text_with_len(hopts.dollar,
															 (int) hopts.dollar_len));
	/* what a text value can hold: the engine stops with 54000 before it */
	hopts.max_output = MaxAllocSize - VARHDRSZ - 1;

	cxt = AllocSetContextCreate(CurrentMemoryContext, "textfacts headline",
								ALLOCSET_DEFAULT_SIZES);
	tf_pg_allocator_init(&alloc, cxt);
	old = MemoryContextSwitchTo(cxt);
	result = tf_headline(&alloc, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &opts,
						 FQ_HDR(q), &hopts);
	MemoryContextSwitchTo(old);
	res = cstring_to_text(result);
	MemoryContextDelete(cxt);
	PG_RETURN_TEXT_P(res);
}
