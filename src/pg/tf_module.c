/*
 * tf_module.c — the module: magic block, the engine's allocator over memory
 * contexts, and the checks every entry point shares.
 */
#include "textfacts_pg.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"

PG_MODULE_MAGIC;

static void *
tf_pg_alloc(void *ctx, size_t size)
{
	/* token arrays of a large document may pass palloc's 1 GB limit */
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

static void
tf_pg_free(void *ctx, void *ptr)
{
	pfree(ptr);
}

static void
tf_pg_error(void *ctx, const char *message)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("%s", message)));
}

static void
tf_pg_check_interrupts(void *ctx)
{
	CHECK_FOR_INTERRUPTS();
}

void
tf_pg_allocator_init(tf_allocator *a, MemoryContext cxt)
{
	a->alloc = tf_pg_alloc;
	a->free = tf_pg_free;
	a->error = tf_pg_error;
	a->check_interrupts = tf_pg_check_interrupts;
	a->ctx = cxt;
}

void
tf_pg_check_encoding(void)
{
	/* offsets and case mapping are computed on UTF-8 */
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("textfacts works only in UTF8 databases"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName())));
}

void
tf_pg_options(tf_options *opts, FunctionCallInfo fcinfo, bool ref_isnull, DateADT ref_date)
{
	tf_options_init(opts);
	opts->dict = tf_pg_dictionary(fcinfo);
	if (ref_isnull)
		return;
	if (DATE_NOT_FINITE(ref_date))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reference date must be finite")));
	j2date(ref_date + POSTGRES_EPOCH_JDATE,
		   &opts->ref_date.y, &opts->ref_date.m, &opts->ref_date.d);
	/* the engine reads years of the common era only */
	if (opts->ref_date.y < 1 || opts->ref_date.y > 9999)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reference date must lie between the years 1 and 9999")));
}

const char *
tf_pg_dollar(text *code)
{
	char	   *iso = palloc(4);

	if (tf_currency_code(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), iso))
		return iso;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("\"%s\" is not a known ISO 4217 currency code",
					text_to_cstring(code)),
			 errhint("The dollar argument names the currency of a bare \"$\", such as USD, CAD or AUD.")));
	return NULL;				/* keep the compiler quiet */
}
