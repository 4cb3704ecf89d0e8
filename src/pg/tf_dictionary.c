/*
 * tf_dictionary.c — the user dictionary: the extension's table "dictionary",
 * loaded once per backend and reloaded when it changes.
 *
 * The table is found by identity, never by name: the extension that the
 * calling C function belongs to (pg_depend), then that extension's member
 * table "dictionary" in the extension's schema, which must be an ordinary
 * table owned by the owner of the calling function or by a superuser.  A
 * lookup by name read whatever a role that owned the schema (or could put a
 * schema called textfacts in its place) planted there, with the rights of
 * the caller, superusers included (issue 13).  The table is read with a
 * table scan, not a query: no name is looked up, and no view, rule, policy
 * or child table can run anyone's code.  Nothing stores the OID: it is found
 * again in every backend (a stored OID would come back stale from a dump).
 *
 * A statement trigger on the table sends a relcache invalidation for it on
 * every change, so every backend learns at its next command that its copy is
 * stale, and reloads on its next extraction: no query per call.
 *
 * An empty table, as most are, costs a new backend no catalog scan and no
 * relcache entry (issue 19: the first extract() of a pooled or short-lived
 * connection paid for both, about a millisecond): the table "dictionary" of
 * the function's own schema, owned as the extension's must be, whose file
 * has no block, holds no row for any snapshot, so whether it is the
 * extension's member does not matter while it stays empty.  The finding is
 * remembered like a found table, and forgotten on the table's next
 * invalidation, which the trigger sends when the first row comes.
 */
#include "textfacts_pg.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/dependency.h"
#include "catalog/pg_class.h"
#include "catalog/pg_depend.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/tuptable.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/smgr.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

/* the loaded copy: dict holds the rows of dict_relid when dict_valid */
static MemoryContext dict_cxt = NULL;
static tf_allocator dict_alloc;
static tf_userdict *dict = NULL;
static bool dict_valid = false;
static Oid	dict_relid = InvalidOid;
static bool callback_registered = false;

/*
 * Which table each calling function reads, so that finding it (two catalog
 * scans) happens once per function and backend, not once per call.  Cleared
 * when the table is invalidated (altered, dropped, its rows changed).
 */
#define DICT_LINKS 8
typedef struct dict_link
{
	Oid			fn_oid;
	Oid			relid;
	bool		member;			/* found as the extension's member; false: by
								 * name in the function's schema, and empty
								 * (empty_dictionary) */
} dict_link;
static dict_link dict_links[DICT_LINKS];
static int	ndict_links = 0;
/* relcache invalidations seen: a lookup that saw one may be stale */
static uint64 inval_count = 0;

/* the columns the loader reads, and their types */
static const char *const dict_columns[] = {"kind", "name", "aliases", "norm"};
static const Oid dict_column_types[] = {TEXTOID, TEXTOID, TEXTARRAYOID, TEXTOID};

#define DICT_NCOLUMNS lengthof(dict_columns)

static void
dictionary_inval_callback(Datum arg, Oid relid)
{
	inval_count++;
	if (relid == InvalidOid || relid == dict_relid)
		dict_valid = false;
	for (int i = 0; i < ndict_links; i++)
		if (relid == InvalidOid || dict_links[i].relid == relid)
		{
			ndict_links = 0;
			break;
		}
}

/* the schema of an extension (get_extension_schema is not exported in 15) */
static Oid
extension_schema(Oid extoid)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			nsp = InvalidOid;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(extoid));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		nsp = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return nsp;
}

/*
 * The dictionary of the extension that function fn_oid belongs to: its member
 * table "dictionary" in its schema (InvalidOid if the function belongs to no
 * extension or the extension has no such table).  Raises an error if that
 * table is not an ordinary table owned by the function's owner or a
 * superuser: the extension owner can add objects of theirs to it (ALTER
 * EXTENSION ADD), and such a table must not be read in its place.
 */
static Oid
find_dictionary(Oid fn_oid)
{
	Oid			extoid,
				nsp,
				fn_owner,
				found = InvalidOid;
	char		relkind = 0;
	Oid			relowner = InvalidOid;
	HeapTuple	tup;
	Relation	depRel;
	ScanKeyData key[2];
	SysScanDesc scan;

	extoid = getExtensionOfObject(ProcedureRelationId, fn_oid);
	if (!OidIsValid(extoid))
		return InvalidOid;
	nsp = extension_schema(extoid);

	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn_oid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for function %u", fn_oid);
	fn_owner = ((Form_pg_proc) GETSTRUCT(tup))->proowner;
	ReleaseSysCache(tup);

	depRel = table_open(DependRelationId, AccessShareLock);
	ScanKeyInit(&key[0], Anum_pg_depend_refclassid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(ExtensionRelationId));
	ScanKeyInit(&key[1], Anum_pg_depend_refobjid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(extoid));
	scan = systable_beginscan(depRel, DependReferenceIndexId, true, NULL, 2, key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		Form_pg_depend dep = (Form_pg_depend) GETSTRUCT(tup);
		HeapTuple	reltup;
		Form_pg_class rel;

		if (dep->deptype != DEPENDENCY_EXTENSION || dep->classid != RelationRelationId ||
			dep->objsubid != 0)
			continue;
		reltup = SearchSysCache1(RELOID, ObjectIdGetDatum(dep->objid));
		if (!HeapTupleIsValid(reltup))
			continue;
		rel = (Form_pg_class) GETSTRUCT(reltup);
		if (rel->relnamespace == nsp && strcmp(NameStr(rel->relname), "dictionary") == 0)
		{
			found = dep->objid;
			relkind = rel->relkind;
			relowner = rel->relowner;
		}
		ReleaseSysCache(reltup);
	}
	systable_endscan(scan);
	table_close(depRel, AccessShareLock);

	if (!OidIsValid(found))
		return InvalidOid;
	if (relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("textfacts dictionary \"%s\" is not an ordinary table",
						get_rel_name(found)),
				 errhint("Reinstall the extension: DROP EXTENSION textfacts; CREATE EXTENSION textfacts.")));
	if (relowner != fn_owner && !superuser_arg(relowner))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("textfacts dictionary \"%s\" is owned by role \"%s\"",
						get_rel_name(found), GetUserNameFromId(relowner, false)),
				 errdetail("The dictionary must belong to the owner of the extension's functions or to a superuser.")));
	return found;
}

/*
 * Does the main fork of table relid have no block?  Asked of the storage
 * manager, with the table's relfilenode from the syscache, under the same
 * lock a scan would take, so that no relcache entry is built for it.  False
 * when it cannot tell (no such table, not a plain table, no file).
 */
static bool
table_has_no_block(Oid relid)
{
	HeapTuple	tup;
	Form_pg_class rel;
	RelFileNode rnode;
	SMgrRelation smgr;
	bool		empty = false;

	/* the lock also takes in the invalidations of a TRUNCATE just committed */
	LockRelationOid(relid, AccessShareLock);
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (HeapTupleIsValid(tup))
	{
		rel = (Form_pg_class) GETSTRUCT(tup);
		if (rel->relkind == RELKIND_RELATION && !rel->relisshared &&
			rel->relpersistence != RELPERSISTENCE_TEMP && OidIsValid(rel->relfilenode))
		{
			rnode.spcNode = OidIsValid(rel->reltablespace) ? rel->reltablespace
				: MyDatabaseTableSpace;
			rnode.dbNode = MyDatabaseId;
			rnode.relNode = rel->relfilenode;
			smgr = smgropen(rnode, InvalidBackendId);
			empty = smgrexists(smgr, MAIN_FORKNUM) && smgrnblocks(smgr, MAIN_FORKNUM) == 0;
		}
		ReleaseSysCache(tup);
	}
	UnlockRelationOid(relid, AccessShareLock);
	return empty;
}

/*
 * The table "dictionary" of function fn_oid's schema if it is an ordinary
 * table owned as the extension's dictionary must be (find_dictionary) and
 * has no block: then extraction has no user names to read, whether or not
 * the table is the extension's member, and none of find_dictionary's
 * catalog scans is needed.  InvalidOid otherwise, and find_dictionary
 * decides.  (The extension's member is the table "dictionary" of the
 * extension's schema, which is the functions' unless a superuser moved them
 * out of it: then a table of that name in their new schema, owned by their
 * owner or a superuser, empty, would hide a dictionary left behind.)
 */
static Oid
empty_dictionary(Oid fn_oid)
{
	HeapTuple	tup;
	Oid			nsp,
				fn_owner,
				relid;
	bool		owned = false;

	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn_oid));
	if (!HeapTupleIsValid(tup))
		return InvalidOid;
	nsp = ((Form_pg_proc) GETSTRUCT(tup))->pronamespace;
	fn_owner = ((Form_pg_proc) GETSTRUCT(tup))->proowner;
	ReleaseSysCache(tup);

	relid = get_relname_relid("dictionary", nsp);
	if (!OidIsValid(relid))
		return InvalidOid;
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tup))
		return InvalidOid;
	if (((Form_pg_class) GETSTRUCT(tup))->relkind == RELKIND_RELATION)
	{
		Oid			relowner = ((Form_pg_class) GETSTRUCT(tup))->relowner;

		owned = relowner == fn_owner || superuser_arg(relowner);
	}
	ReleaseSysCache(tup);
	return owned && table_has_no_block(relid) ? relid : InvalidOid;
}

/*
 * The dictionary of the calling function, through the links; *member is
 * false for an empty table found by name (empty_dictionary).
 */
static Oid
dictionary_of(Oid fn_oid, bool *member)
{
	uint64		seen = inval_count;
	Oid			relid;

	for (int i = 0; i < ndict_links; i++)
		if (dict_links[i].fn_oid == fn_oid)
		{
			*member = dict_links[i].member;
			return dict_links[i].relid;
		}
	relid = empty_dictionary(fn_oid);
	*member = !OidIsValid(relid);
	if (*member)
		relid = find_dictionary(fn_oid);
	/* remember it unless an invalidation arrived while looking */
	if (OidIsValid(relid) && inval_count == seen)
	{
		if (ndict_links == DICT_LINKS)
			ndict_links = 0;
		dict_links[ndict_links].fn_oid = fn_oid;
		dict_links[ndict_links].relid = relid;
		dict_links[ndict_links].member = *member;
		ndict_links++;
	}
	return relid;
}

/*
 * Adds one name of a row; warns when the engine refuses it.  An alias may be
 * kilobytes long: the warning shows its first 60 bytes or so, cut at a
 * character boundary (pg_mbcliplen), never inside a multibyte character,
 * which would make the message itself invalid in the database encoding.
 */
static void
add_name(tf_kind kind, const char *name, const char *norm)
{
	size_t		len = strlen(name);

	if (!tf_userdict_add(dict, kind, name, len, norm, norm ? strlen(norm) : 0))
	{
		int			shown = pg_mbcliplen(name, (int) Min(len, (size_t) INT_MAX), 60);

		ereport(WARNING,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("textfacts dictionary entry \"%.*s%s\" is not used",
						shown, name, (size_t) shown < len ? "..." : ""),
				 errdetail("A name must have 1 to %d bytes and at most 32 words; this one has %zu bytes.",
						   TF_USERDICT_MAX_NAME, len)));
	}
}

typedef struct dict_row
{
	char	   *kind;
	char	   *name;
	char	   *norm;			/* NULL: none */
	Datum		aliases;		/* detoasted text[], or 0 */
} dict_row;

/* byte order of kind, then name: ORDER BY kind, name COLLATE "C" */
static int
dict_row_cmp(const void *a, const void *b)
{
	const dict_row *x = (const dict_row *) a;
	const dict_row *y = (const dict_row *) b;
	int			c = strcmp(x->kind, y->kind);

	return c != 0 ? c : strcmp(x->name, y->name);
}

static void
load_dictionary(Oid relid)
{
	Relation	rel;
	TupleDesc	desc;
	AttrNumber	attnum[DICT_NCOLUMNS];
	Snapshot	snapshot;
	TableScanDesc scan;
	TupleTableSlot *slot;
	MemoryContext tmp,
				old;
	dict_row   *rows;
	int			nrows = 0,
				cap = 64;

	if (dict_cxt != NULL)
		MemoryContextDelete(dict_cxt);
	dict = NULL;
	dict_cxt = AllocSetContextCreate(TopMemoryContext, "textfacts dictionary",
									 ALLOCSET_DEFAULT_SIZES);
	tf_pg_allocator_init(&dict_alloc, dict_cxt);
	dict = tf_userdict_create(&dict_alloc);

	tmp = AllocSetContextCreate(CurrentMemoryContext, "textfacts dictionary load",
								ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(tmp);

	rel = table_open(relid, AccessShareLock);
	if (rel->rd_rel->relkind != RELKIND_RELATION)
		elog(ERROR, "textfacts dictionary %u is not a table", relid);
	/* the columns by name, so that a dropped and re-added column is found */
	desc = RelationGetDescr(rel);
	for (int c = 0; c < (int) DICT_NCOLUMNS; c++)
	{
		attnum[c] = InvalidAttrNumber;
		for (int a = 0; a < desc->natts; a++)
		{
			Form_pg_attribute att = TupleDescAttr(desc, a);

			if (!att->attisdropped && strcmp(NameStr(att->attname), dict_columns[c]) == 0 &&
				att->atttypid == dict_column_types[c])
				attnum[c] = att->attnum;
		}
		if (attnum[c] == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("textfacts dictionary \"%s\" has no column \"%s\" of type %s",
							RelationGetRelationName(rel), dict_columns[c],
							format_type_be(dict_column_types[c]))));
	}

	/* what the statement sees, as the query the loader ran before did */
	snapshot = RegisterSnapshot(ActiveSnapshotSet() ? GetActiveSnapshot()
								: GetTransactionSnapshot());
	rows = palloc(sizeof(dict_row) * cap);
	slot = table_slot_create(rel, NULL);
	scan = table_beginscan(rel, snapshot, 0, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		Datum		v[DICT_NCOLUMNS];
		bool		isnull[DICT_NCOLUMNS];

		CHECK_FOR_INTERRUPTS();
		for (int c = 0; c < (int) DICT_NCOLUMNS; c++)
			v[c] = slot_getattr(slot, attnum[c], &isnull[c]);
		/* kind and name are NOT NULL in the table */
		if (isnull[0] || isnull[1])
			continue;
		if (nrows == cap)
		{
			cap *= 2;
			rows = repalloc(rows, sizeof(dict_row) * cap);
		}
		rows[nrows].kind = TextDatumGetCString(v[0]);
		rows[nrows].name = TextDatumGetCString(v[1]);
		rows[nrows].aliases = isnull[2] ? (Datum) 0 :
			PointerGetDatum(PG_DETOAST_DATUM_COPY(v[2]));
		rows[nrows].norm = isnull[3] ? NULL : TextDatumGetCString(v[3]);
		nrows++;
	}
	table_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	UnregisterSnapshot(snapshot);
	table_close(rel, AccessShareLock);

	/*
	 * In a fixed byte order, so that when two rows give the same name the
	 * same one wins in every backend: the last read.
	 */
	if (nrows > 1)
		qsort(rows, nrows, sizeof(dict_row), dict_row_cmp);
	for (int r = 0; r < nrows; r++)
	{
		int			kind = tf_kind_from_name(rows[r].kind, strlen(rows[r].kind));

		CHECK_FOR_INTERRUPTS();
		if (kind < 0)
			continue;			/* the table's checks make this unreachable */
		add_name((tf_kind) kind, rows[r].name, rows[r].norm);
		if (rows[r].aliases != (Datum) 0)
		{
			ArrayType  *arr = DatumGetArrayTypeP(rows[r].aliases);
			Datum	   *elems;
			bool	   *nulls;
			int			n;

			deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
			for (int k = 0; k < n; k++)
				if (!nulls[k])
					add_name((tf_kind) kind, TextDatumGetCString(elems[k]),
							 rows[r].norm ? rows[r].norm : rows[r].name);
		}
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(tmp);
}

static void
reload_dictionary(Oid relid)
{
	/*
	 * Valid from before the load: an invalidation that arrives while loading
	 * clears the flag again and the next call reloads.
	 */
	dict_valid = true;
	dict_relid = relid;
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
}

const tf_userdict *
tf_pg_dictionary(FunctionCallInfo fcinfo)
{
	Oid			relid;
	bool		member;
	AclResult	aclresult;

	if (fcinfo->flinfo == NULL || !OidIsValid(fcinfo->flinfo->fn_oid))
		elog(ERROR, "textfacts: extraction called without its function's OID");
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(dictionary_inval_callback, (Datum) 0);
		callback_registered = true;
	}
	relid = dictionary_of(fcinfo->flinfo->fn_oid, &member);
	if (!OidIsValid(relid))
		return NULL;			/* not part of an installed extension: no user names */

	/* extraction reads the table as the calling user, on every call */
	aclresult = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
	if (aclresult != ACLCHECK_OK)
		aclcheck_error(aclresult, OBJECT_TABLE, get_rel_name(relid));

	/* empty when looked at, and unchanged since: its link would be gone */
	if (!member)
		return NULL;

	if (!dict_valid || dict_relid != relid)
		reload_dictionary(relid);
	return tf_userdict_count(dict) > 0 ? dict : NULL;
}

/*
 * The statement trigger of the dictionary: tells every backend, at commit,
 * that its copy is stale (and this one at its next command).  Only on the
 * table of its own extension: elsewhere it has nothing to say.
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
	if (RelationGetRelid(trigdata->tg_relation) != find_dictionary(fcinfo->flinfo->fn_oid))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("textfacts.dictionary_changed() is a trigger of the textfacts dictionary only"),
				 errdetail("It was called for table \"%s\".",
						   RelationGetRelationName(trigdata->tg_relation))));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
