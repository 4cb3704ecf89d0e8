/*
 * textfacts_pg.h — private header of the PostgreSQL glue: the engine's
 * allocator over memory contexts, shared checks, and version shims.
 *
 * src/pg knows nothing of extraction rules; it turns SQL arguments into
 * engine calls and engine results into rows and values.
 */
#ifndef TEXTFACTS_PG_H
#define TEXTFACTS_PG_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/date.h"

#include "textfacts.h"
#include "factsearch.h"

/* ---- version shims: PostgreSQL 15 is tested, 16 and 17 should build ---- */
#if PG_VERSION_NUM < 150000
#error "textfacts needs PostgreSQL 15 or later"
#endif

/* ---- tf_module.c ---- */

/*
 * An allocator whose memory lives in the given context: palloc'd, released
 * with the context, errors raised with ereport.
 */
extern void tf_pg_allocator_init(tf_allocator *a, MemoryContext cxt);

/* Raises ERRCODE_FEATURE_NOT_SUPPORTED unless the database is UTF8. */
extern void tf_pg_check_encoding(void);

/* the settings textfacts.max_input_bytes and textfacts.max_facts */
extern int	tf_max_input_bytes;
extern int	tf_max_facts;

/* ---- tf_options.c ---- */

/*
 * Raises program_limit_exceeded if the text datum body (not yet detoasted)
 * is longer than textfacts.max_input_bytes.  Every entry point that
 * extracts calls it first, before any other work.
 */
extern void tf_pg_check_input(Datum body);

/*
 * Fills opts for an extraction: the reference date (ref_isnull: none), the
 * user dictionary of the extension that fcinfo's function belongs to and
 * the limits of the settings.  Every entry point that extracts calls it
 * with its own fcinfo.
 */
extern void tf_pg_options(tf_options *opts, FunctionCallInfo fcinfo, bool ref_isnull,
						  DateADT ref_date);

/*
 * The currency of a bare "$" from a dollar argument: an ISO 4217 code the
 * engine knows, in any case (palloc'd, upper case); raises
 * ERRCODE_INVALID_PARAMETER_VALUE otherwise.
 */
extern const char *tf_pg_dollar(text *code);

/* ---- tf_dictionary.c ---- */

/*
 * The backend's copy of the user dictionary (NULL when empty), kept fresh:
 * the table of the extension that fcinfo's function belongs to, found by
 * identity (never by name).  Raises an error if the caller may not read it.
 */
extern const tf_userdict *tf_pg_dictionary(FunctionCallInfo fcinfo);

/* ---- factvector and factquery values (tf_factvector.c, tf_factquery.c) ---- */

/*
 * Both types are varlenas whose data is the flat layout of src/core
 * (factsearch.h): header, then slots or nodes, then bytes.  Values are
 * detoasted (and so 4-byte aligned) before the layout is read.
 */
#define DatumGetFactVectorP(d)	((struct varlena *) PG_DETOAST_DATUM(d))
#define PG_GETARG_FACTVECTOR(n) DatumGetFactVectorP(PG_GETARG_DATUM(n))
#define DatumGetFactQueryP(d)	((struct varlena *) PG_DETOAST_DATUM(d))
#define PG_GETARG_FACTQUERY(n)	DatumGetFactQueryP(PG_GETARG_DATUM(n))

static inline const tf_fv_header *
FV_HDR(const struct varlena *v)
{
	return (const tf_fv_header *) VARDATA(v);
}

static inline const tf_fq_header *
FQ_HDR(const struct varlena *v)
{
	return (const tf_fq_header *) VARDATA(v);
}

/*
 * Raises the error a core parser reported.  what names the type ("factvector",
 * "factquery") for the message.
 */
extern void tf_pg_raise(const tf_parse_error *err, const char *what) pg_attribute_noreturn();

/* Sets the varlena header of a block from a core builder and returns it. */
extern Datum tf_pg_varlena(void *block, size_t size);

#endif							/* TEXTFACTS_PG_H */
