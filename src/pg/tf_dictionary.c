/*
 * tf_dictionary.c — the user dictionary: the table textfacts.dictionary,
 * loaded once per backend and reloaded when it changes.
 *
 * A statement trigger on the table sends a relcache invalidation for it on
 * every change, so every backend learns at its next command that its copy is
 * stale, and reloads on its next extraction: no query per call.  The loader
 * names everything schema-qualified, so it works under an empty search_path
 * (pg_restore rebuilding an expression index).
 */
#include "textfacts_pg.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

static MemoryContext dict_cxt = NULL;
static tf_allocator dict_alloc;
static tf_userdict *dict = NULL;
static bool dict_valid = false;
static Oid	dict_relid = InvalidOid;
static bool callback_registered = false;

static void
dictionary_inval_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == dict_relid)
		dict_valid = false;
}

/* adds one name of a row; warns when the engine refuses it */
static void
add_name(tf_kind kind, const char *name, const char *norm)
{
	if (!tf_userdict_add(dict, kind, name, strlen(name), norm, norm ? strlen(norm) : 0))
		ereport(WARNING,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("textfacts dictionary entry \"%s\" is not used", name),
				 errdetail("A name must have 1 to %d bytes and at most 32 words.",
						   TF_USERDICT_MAX_NAME)));
}

static void
load_dictionary(Oid relid)
{
	int			ret;

	if (dict_cxt != NULL)
		MemoryContextDelete(dict_cxt);
	dict = NULL;
	dict_cxt = AllocSetContextCreate(TopMemoryContext, "textfacts dictionary",
									 ALLOCSET_DEFAULT_SIZES);
	tf_pg_allocator_init(&dict_alloc, dict_cxt);
	dict = tf_userdict_create(&dict_alloc);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/*
	 * In a fixed byte order, so that when two rows give the same name the
	 * same one wins in every backend: the last read.
	 */
	ret = SPI_execute("SELECT kind, name, aliases, norm FROM textfacts.dictionary "
					  "ORDER BY kind COLLATE pg_catalog.\"C\", name COLLATE pg_catalog.\"C\"",
					  true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading textfacts.dictionary failed: %s", SPI_result_code_string(ret));
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *kindname = SPI_getvalue(tup, desc, 1);
		char	   *name = SPI_getvalue(tup, desc, 2);
		char	   *norm = SPI_getvalue(tup, desc, 4);
		bool		isnull;
		Datum		aliases = SPI_getbinval(tup, desc, 3, &isnull);
		int			kind = kindname ? tf_kind_from_name(kindname, strlen(kindname)) : -1;

		CHECK_FOR_INTERRUPTS();
		if (kind < 0 || name == NULL)
			continue;			/* the table's checks make this unreachable */
		add_name((tf_kind) kind, name, norm);
		if (!isnull)
		{
			ArrayType  *arr = DatumGetArrayTypeP(aliases);
			Datum	   *elems;
			bool	   *nulls;
			int			n;

			deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
			for (int k = 0; k < n; k++)
				if (!nulls[k])
					add_name((tf_kind) kind, TextDatumGetCString(elems[k]),
							 norm ? norm : name);
		}
	}
	SPI_finish();
	dict_relid = relid;
}

const tf_userdict *
tf_pg_dictionary(void)
{
	Oid			nsp,
				relid;

	if (dict_valid)
		return dict;
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(dictionary_inval_callback, (Datum) 0);
		callback_registered = true;
	}
	nsp = get_namespace_oid("textfacts", true);
	relid = OidIsValid(nsp) ? get_relname_relid("dictionary", nsp) : InvalidOid;
	if (!OidIsValid(relid))
		return NULL;			/* not installed yet: no user names */

	/*
	 * Valid from before the load: an invalidation that arrives while loading
	 * clears the flag again and the next call reloads.
	 */
	dict_valid = true;
	PG_TRY();
	{
		load_dictionary(relid);
	}
	PG_CATCH();
	{
		dict_valid = false;
		dict = NULL;
		if (dict_cxt != NULL)
			MemoryContextDelete(dict_cxt);
		dict_cxt = NULL;
		PG_RE_THROW();
	}
	PG_END_TRY();
	return tf_userdict_count(dict) > 0 ? dict : NULL;
}

/*
 * The statement trigger of textfacts.dictionary: tells every backend, at
 * commit, that its copy is stale (and this one at its next command).
 */
PG_FUNCTION_INFO_V1(textfacts_dictionary_changed);
Datum
textfacts_dictionary_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("textfacts.dictionary_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
