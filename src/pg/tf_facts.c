/*
 * tf_facts.c — the fact set-returning functions: extract() and its halves
 * entities() and figures(); and to_factvector(), the same facts as one value.
 *
 * Each call runs the engine once in a memory context of its own, turns the
 * facts into rows of textfacts.fact in a materialized tuplestore (or into
 * the keys of a factvector), and deletes the context, so nothing of one
 * document outlives its call.  Each row is built in a context reset once the
 * tuplestore holds it: a row's numeric, text and jsonb values are garbage
 * then, and a document can have a million rows.  The tuplestore itself
 * spills to disk past work_mem.
 */
#include "textfacts_pg.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#define FACT_NATTS 9

static Datum
decimal_to_numeric(const tf_decimal *d)
{
	char		buf[TF_DECIMAL_BUFSIZE];

	tf_decimal_format(d, buf, sizeof(buf));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static Datum
detail_to_jsonb(const tf_fact *f)
{
	JsonbParseState *state = NULL;
	JsonbValue *res;

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	for (int k = 0; k < f->ndetail; k++)
	{
		JsonbValue	key,
					val;

		key.type = jbvString;
		key.val.string.val = (char *) f->detail[k].key;
		key.val.string.len = strlen(f->detail[k].key);
		pushJsonbValue(&state, WJB_KEY, &key);
		if (f->detail[k].is_num)
		{
			val.type = jbvNumeric;
			val.val.numeric = DatumGetNumeric(decimal_to_numeric(&f->detail[k].num));
		}
		else
		{
			val.type = jbvString;
			val.val.string.val = (char *) f->detail[k].str;
			val.val.string.len = strlen(f->detail[k].str);
		}
		pushJsonbValue(&state, WJB_VALUE, &val);
	}
	res = pushJsonbValue(&state, WJB_END_OBJECT, NULL);
	return JsonbPGetDatum(JsonbValueToJsonb(res));
}

/*
 * The rows of one document's facts of the given kinds.  arg 0 is the body
 * (NULL gives no rows), arg 1 the reference date if the function has one.
 */
static Datum
fact_rows(FunctionCallInfo fcinfo, uint32 kinds)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	tf_options	opts;
	tf_allocator alloc;
	tf_result	res;
	MemoryContext cxt,
				rowcxt,
				old;
	const char *s;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	tf_pg_check_input(PG_GETARG_DATUM(0));
	tf_pg_check_encoding();
	if (PG_NARGS() > 1)
		tf_pg_options(&opts, fcinfo, PG_ARGISNULL(1), PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1));
	else
		tf_pg_options(&opts, fcinfo, true, 0);
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
		opts.dollar = tf_pg_dollar(PG_GETARG_TEXT_PP(2));
	opts.kinds = kinds;

	body = PG_GETARG_TEXT_PP(0);
	s = VARDATA_ANY(body);

	cxt = AllocSetContextCreate(CurrentMemoryContext, "textfacts extract",
								ALLOCSET_DEFAULT_SIZES);
	rowcxt = AllocSetContextCreate(cxt, "textfacts extract row", ALLOCSET_DEFAULT_SIZES);
	tf_pg_allocator_init(&alloc, cxt);
	old = MemoryContextSwitchTo(cxt);
	tf_extract(&alloc, s, VARSIZE_ANY_EXHDR(body), &opts, &res);

	MemoryContextSwitchTo(rowcxt);
	for (int i = 0; i < res.nfacts; i++)
	{
		const tf_fact *f = &res.facts[i];
		Datum		values[FACT_NATTS];
		bool		nulls[FACT_NATTS];

		memset(nulls, 0, sizeof(nulls));
		values[0] = CStringGetTextDatum(tf_kind_name(f->kind));
		values[1] = PointerGetDatum(cstring_to_text_with_len(s + f->bpos, (int) f->blen));
		if (f->norm)
			values[2] = CStringGetTextDatum(f->norm);
		else
			nulls[2] = true;
		if (f->has_value)
			values[3] = decimal_to_numeric(&f->value);
		else
			nulls[3] = true;
		if (f->unit)
			values[4] = CStringGetTextDatum(f->unit);
		else
			nulls[4] = true;
		values[5] = Int32GetDatum((int32) f->cpos + 1);
		values[6] = Int32GetDatum((int32) f->clen);
		values[7] = Int32GetDatum((int32) f->sentence);
		values[8] = detail_to_jsonb(f);
		/* the tuplestore copies the row into its own context */
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextReset(rowcxt);
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(textfacts_extract);
Datum
textfacts_extract(PG_FUNCTION_ARGS)
{
	return fact_rows(fcinfo, TF_ALL_KINDS);
}

PG_FUNCTION_INFO_V1(textfacts_entities);
Datum
textfacts_entities(PG_FUNCTION_ARGS)
{
	return fact_rows(fcinfo, TF_ENTITY_KINDS);
}

/* figures and dates: the kinds that need the reference date */
PG_FUNCTION_INFO_V1(textfacts_figures);
Datum
textfacts_figures(PG_FUNCTION_ARGS)
{
	return fact_rows(fcinfo, TF_FIGURE_KINDS);
}

/*
 * to_factvector(body, ref_date): the document's distinct facts as keys
 * (factsearch.h) with mention counts, stamped with the engine version.  A
 * NULL body gives NULL; a NULL ref_date only means "no reference date".
 */
PG_FUNCTION_INFO_V1(textfacts_to_factvector);
Datum
textfacts_to_factvector(PG_FUNCTION_ARGS)
{
	text	   *body;
	tf_options	opts;
	tf_allocator alloc,
				out_alloc;
	tf_result	res;
	tf_parse_error err;
	tf_fv_entry *entries;
	MemoryContext cxt,
				old;
	const char *s;
	void	   *block;
	size_t		size;
	int			n = 0;
	uint8	   *keys = NULL;
	size_t		keys_left = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	tf_pg_check_input(PG_GETARG_DATUM(0));
	tf_pg_check_encoding();
	tf_pg_options(&opts, fcinfo, PG_ARGISNULL(1), PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1));
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
		opts.dollar = tf_pg_dollar(PG_GETARG_TEXT_PP(2));
	body = PG_GETARG_TEXT_PP(0);
	s = VARDATA_ANY(body);

	tf_pg_allocator_init(&out_alloc, CurrentMemoryContext);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "textfacts to_factvector",
								ALLOCSET_DEFAULT_SIZES);
	tf_pg_allocator_init(&alloc, cxt);
	old = MemoryContextSwitchTo(cxt);
	tf_extract(&alloc, s, VARSIZE_ANY_EXHDR(body), &opts, &res);

	if ((Size) res.nfacts >= MaxAllocSize / sizeof(tf_fv_entry))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document has too many facts for a factvector"),
				 errhint("Lower textfacts.max_facts, or split the document.")));
	entries = palloc(sizeof(tf_fv_entry) * (Size) (res.nfacts + 1));
	for (int i = 0; i < res.nfacts; i++)
	{
		uint8		key[TF_KEY_MAX];
		size_t		len = tf_factkey_from_fact(&res.facts[i], s, key);
		uint8	   *copy;

		/* a fact without a key (an over-long name) is left out, see factsearch.h */
		if (len == 0)
			continue;
		/* keys side by side in blocks: a palloc each costs twice the key */
		if (len > keys_left)
		{
			keys_left = Max(len, 64 * 1024);
			keys = palloc(keys_left);
		}
		copy = keys;
		keys += len;
		keys_left -= len;
		memcpy(copy, key, len);
		entries[n].key = copy;
		entries[n].len = (uint32) len;
		entries[n].count = 1;
		n++;
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	MemoryContextSwitchTo(old);
	block = tf_fv_build(&out_alloc, VARHDRSZ, entries, n, TF_ENGINE_VERSION_NUM, &size, &err);
	MemoryContextDelete(cxt);
	if (block == NULL)
		tf_pg_raise(&err, "factvector");
	return tf_pg_varlena(block, size);
}
