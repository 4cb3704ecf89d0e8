/*
 * tf_module.c — the module: magic block, settings, the engine's allocator
 * over memory contexts, and the checks every entry point shares.
 */
#include "textfacts_pg.h"

#include <limits.h>

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"

PG_MODULE_MAGIC;

/*
 * Limits on one document, so that a statement's memory and time stay in
 * proportion to what a superuser allows (see README, "Limits").  Memory
 * grows with the text (its tokens) and with its facts, so each has a cap;
 * both are checked before the work they bound.
 */
int			tf_max_input_bytes = 8 * 1024 * 1024;
int			tf_max_facts = 500000;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomIntVariable("textfacts.max_input_bytes",
							"Longest text textfacts reads in one call.",
							"Longer text is refused before any work with program_limit_exceeded.",
							&tf_max_input_bytes,
							8 * 1024 * 1024,
							1,
							(int) TF_MAX_INPUT_BYTES,
							PGC_SUSET,
							GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	DefineCustomIntVariable("textfacts.max_facts",
							"Most facts textfacts finds in one document.",
							"A document with more is refused with program_limit_exceeded.",
							&tf_max_facts,
							500000,
							1,
							INT_MAX,
							PGC_SUSET,
							0,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("textfacts");
}

static void *
tf_pg_alloc(void *ctx, size_t size)
{
	/*
	 * palloc's 1 GB limit holds: the engine sizes every array through an
	 * overflow check against the same limit (TF_MAX_ALLOC) and reports a
	 * document that would pass it as one too large, before asking.
	 */
	return MemoryContextAlloc((MemoryContext) ctx, size);
}

static void
tf_pg_free(void *ctx, void *ptr)
{
	pfree(ptr);
}

/*
 * The engine's failures are limits of a document: program_limit_exceeded,
 * with the setting or the remedy that applies.
 */
static void
tf_pg_error(void *ctx, const char *message)
{
	if (strcmp(message, TF_MSG_TOO_MANY_FACTS) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document has more facts than textfacts.max_facts (%d) allows",
						tf_max_facts),
				 errhint("A superuser can raise textfacts.max_facts; or split the document.")));
	if (strcmp(message, TF_MSG_TOO_MANY_TOKENS) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document has more words, numbers and marks than textfacts can hold"),
				 errhint("A document may hold at most %zu tokens; split it, or lower textfacts.max_input_bytes so that such text is refused at once.",
						 (size_t) (TF_MAX_ALLOC / sizeof(tf_token)))));
	if (strcmp(message, TF_MSG_OUTPUT_TOO_LONG) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("textfacts result would exceed the maximum size of a text value"),
				 errhint("For headline(), ask for fewer fragments (MaxFragments) or shorter markers.")));
	if (strcmp(message, TF_MSG_TOO_LARGE) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document is too large for textfacts"),
				 errhint("Split the document, or lower textfacts.max_input_bytes or textfacts.max_facts so that such text is refused at once.")));
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
