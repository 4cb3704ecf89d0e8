/*
 * tf_options.c — what one extraction is asked to do, read from the call: the
 * size check of its text, the reference date, the dollar, the user
 * dictionary and the limits of the settings.  Every entry point that
 * extracts (tf_facts.c, tf_headline.c) goes through here.
 */
#include "textfacts_pg.h"

#include "access/detoast.h"
#include "utils/builtins.h"
#include "utils/datetime.h"

void
tf_pg_check_input(Datum body)
{
	/* the size the text will have, read from its header: nothing is detoasted */
	Size		len = toast_raw_datum_size(body) - VARHDRSZ;

	if (len > (Size) tf_max_input_bytes)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text is too long for textfacts (%zu bytes, max %d bytes)",
						(size_t) len, tf_max_input_bytes),
				 errhint("The limit is textfacts.max_input_bytes, which a superuser can raise.")));
}

void
tf_pg_options(tf_options *opts, FunctionCallInfo fcinfo, bool ref_isnull, DateADT ref_date)
{
	tf_options_init(opts);
	opts->dict = tf_pg_dictionary(fcinfo);
	opts->max_facts = (uint32_t) tf_max_facts;
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
