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

/*
 * Fills opts for an extraction: the reference date (ref_isnull: none) and
 * the user dictionary.  Every entry point that extracts calls it.
 */
extern void tf_pg_options(tf_options *opts, bool ref_isnull, DateADT ref_date);

/* ---- tf_dictionary.c ---- */

/* The backend's copy of textfacts.dictionary (NULL when empty), kept fresh. */
extern const tf_userdict *tf_pg_dictionary(void);

/*
 * The currency of a bare "$" from a dollar argument: an ISO 4217 code the
 * engine knows, in any case (palloc'd, upper case); raises
 * ERRCODE_INVALID_PARAMETER_VALUE otherwise.
 */
extern const char *tf_pg_dollar(text *code);

#endif							/* TEXTFACTS_PG_H */
