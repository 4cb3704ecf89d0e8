/*
 * tf_jobs.c — the C half of tracked tables (textfacts.track): the row
 * trigger that queues the key of an inserted or updated article, and the
 * engine version that refresh stamps on each fact row.
 *
 * The trigger inserts into the queue table named by its argument as the
 * owner of the table it fires on, as PostgreSQL's RI triggers do: a role
 * that may write the article table gets its rows queued without any grant
 * on the queue, and without a SECURITY DEFINER function that anyone could
 * call.  The identity switched to is always the owner of the table the
 * trigger fires on, never one named by an argument: a role that attaches
 * this trigger to a table of its own gains nothing it did not have, since
 * the insert then runs as that role.
 */
#include "textfacts_pg.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/regproc.h"
#include "utils/syscache.h"
#include "access/genam.h"
#include "catalog/index.h"

/* a tracked table's key has at most this many columns */
#define QUEUE_MAX_KEYS INDEX_MAX_KEYS

/*
 * A prepared INSERT per trigger and backend.  The plan is a saved SPI plan:
 * PostgreSQL re-analyses it by name when the queue table changes; the key's
 * types are compared on each call, and a plan for other types is made anew.
 */
typedef struct queue_plan
{
	Oid			tgoid;			/* hash key: the trigger's OID */
	int			nkeys;
	Oid			types[QUEUE_MAX_KEYS];
	SPIPlanPtr	plan;
} queue_plan;

static HTAB *queue_plans = NULL;

/* the columns of rel's primary key, and their types; raises an error if none */
static int
primary_key_columns(Relation rel, AttrNumber *attnums, Oid *types)
{
	Oid			pkoid = RelationGetPrimaryKeyIndex(rel);
	Relation	idx;
	int			n;

	if (!OidIsValid(pkoid))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TABLE_DEFINITION),
				 errmsg("tracked table \"%s\" has no primary key",
						RelationGetRelationName(rel)),
				 errhint("Restore the primary key, or run textfacts.untrack() on the table.")));
	idx = index_open(pkoid, AccessShareLock);
	n = idx->rd_index->indnkeyatts;
	for (int i = 0; i < n; i++)
	{
		attnums[i] = idx->rd_index->indkey.values[i];
		types[i] = TupleDescAttr(RelationGetDescr(rel), attnums[i] - 1)->atttypid;
	}
	index_close(idx, AccessShareLock);
	return n;
}

/*
 * The queue named by the trigger's argument: an ordinary table owned by the
 * owner of the table the trigger fires on.  Returns its qualified, quoted
 * name for the INSERT.
 */
static char *
queue_name(Relation rel, const char *arg)
{
	List	   *names = stringToQualifiedNameList(arg);
	RangeVar   *rv = makeRangeVarFromNameList(names);
	Oid			qoid = RangeVarGetRelid(rv, RowExclusiveLock, false);
	HeapTuple	tup;
	Form_pg_class form;
	char	   *result;

	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(qoid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", qoid);
	form = (Form_pg_class) GETSTRUCT(tup);
	if (form->relkind != RELKIND_RELATION || form->relowner != rel->rd_rel->relowner)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
				 errmsg("\"%s\" is not a queue of table \"%s\"", arg,
						RelationGetRelationName(rel)),
				 errdetail("A queue is an ordinary table owned by the owner of the table the trigger fires on."),
				 errhint("Let textfacts.track() create the trigger.")));
	result = quote_qualified_identifier(get_namespace_name(form->relnamespace),
										NameStr(form->relname));
	ReleaseSysCache(tup);
	return result;
}

/*
 * textfacts.queue_row(): AFTER INSERT or UPDATE, FOR EACH ROW; one argument,
 * the queue table.  Inserts the new row's primary key into the queue.  Which
 * updates queue anything is said by the trigger's WHEN clause (track()
 * writes one that compares the body, the date and the key).
 */
PG_FUNCTION_INFO_V1(textfacts_queue_row);
Datum
textfacts_queue_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	Relation	rel;
	HeapTuple	tuple;
	AttrNumber	attnums[QUEUE_MAX_KEYS];
	Oid			types[QUEUE_MAX_KEYS];
	Datum		values[QUEUE_MAX_KEYS];
	char		nulls[QUEUE_MAX_KEYS];
	int			nkeys;
	queue_plan *entry;
	bool		found;
	Oid			save_userid;
	int			save_sec_context;
	int			rc;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("textfacts.queue_row() may only be called as a trigger")));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ||
		  TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("textfacts.queue_row() must be fired AFTER INSERT or UPDATE FOR EACH ROW")));
	trigger = trigdata->tg_trigger;
	if (trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("textfacts.queue_row() takes one argument, the queue table")));

	rel = trigdata->tg_relation;
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple
		: trigdata->tg_trigtuple;
	nkeys = primary_key_columns(rel, attnums, types);
	for (int i = 0; i < nkeys; i++)
	{
		bool		isnull;

		values[i] = heap_getattr(tuple, attnums[i], RelationGetDescr(rel), &isnull);
		nulls[i] = isnull ? 'n' : ' ';
	}

	if (queue_plans == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(queue_plan);
		queue_plans = hash_create("textfacts queue plans", 16, &ctl,
								  HASH_ELEM | HASH_BLOBS);
	}
	entry = hash_search(queue_plans, &trigger->tgoid, HASH_ENTER, &found);
	if (!found)
		entry->plan = NULL;
	if (entry->plan != NULL &&
		(entry->nkeys != nkeys || memcmp(entry->types, types, sizeof(Oid) * nkeys) != 0))
	{
		SPI_freeplan(entry->plan);
		entry->plan = NULL;
	}

	/*
	 * The insert runs as the owner of the table the trigger fires on (who
	 * owns the queue), as ri_triggers.c runs its queries; an error restores
	 * the caller's identity when the (sub)transaction aborts.
	 */
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(rel->rd_rel->relowner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_NOFORCE_RLS);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (entry->plan == NULL)
	{
		StringInfoData sql;
		SPIPlanPtr	plan;

		initStringInfo(&sql);
		appendStringInfo(&sql, "INSERT INTO %s VALUES (",
						 queue_name(rel, trigger->tgargs[0]));
		for (int i = 0; i < nkeys; i++)
			appendStringInfo(&sql, "%s$%d", i > 0 ? ", " : "", i + 1);
		appendStringInfoChar(&sql, ')');
		plan = SPI_prepare(sql.data, nkeys, types);
		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\": %s", sql.data,
				 SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "SPI_keepplan failed");
		entry->plan = plan;
		entry->nkeys = nkeys;
		memcpy(entry->types, types, sizeof(Oid) * nkeys);
	}
	rc = SPI_execute_plan(entry->plan, values, nulls, false, 0);
	if (rc != SPI_OK_INSERT)
		elog(ERROR, "queueing a row failed: %s", SPI_result_code_string(rc));
	if (SPI_finish() != SPI_OK_FINISH)
		elog(ERROR, "SPI_finish failed");

	SetUserIdAndSecContext(save_userid, save_sec_context);
	return PointerGetDatum(NULL);
}

/*
 * textfacts.engine_version(): the version of the engine this library holds
 * (TF_ENGINE_VERSION_NUM), which refresh stamps on every fact row so that a
 * table's facts made by an older engine can be found and re-extracted.
 */
PG_FUNCTION_INFO_V1(textfacts_engine_version_current);
Datum
textfacts_engine_version_current(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(TF_ENGINE_VERSION_NUM);
}
