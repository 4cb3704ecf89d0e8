-- Every function of the extension carries the labels DESIGN.md gives:
-- IMMUTABLE (STABLE where it reads a table), STRICT where NULL in means NULL
-- out, PARALLEL SAFE.  A new function must be added here with its labels.
BEGIN;
SELECT * FROM no_plan();
-- types of the extension are shown schema-qualified below
SET LOCAL search_path = public;

CREATE TEMP TABLE expected_labels (sig text PRIMARY KEY, volatility "char", strict bool,
                                   parallel "char" DEFAULT 's');
INSERT INTO expected_labels VALUES
  ('extract(text, date, text)', 'i', false),
  -- entities take no reference date: NULL body, no rows
  ('entities(text)', 'i', true),
  ('figures(text, date, text)', 'i', false),
  -- a NULL ref_date only means "no reference date"; a NULL body gives NULL
  ('to_factvector(text, date, text)', 'i', false),
  ('engine_version(textfacts.factvector)', 'i', true),
  ('unnest(textfacts.factvector)', 'i', true),
  ('to_factquery(text)', 'i', true),
  -- not STRICT for ref_date's sake: a NULL body or query gives NULL
  ('headline(text, textfacts.factquery, date, text)', 'i', false),
  -- type I/O
  ('factvector_in(cstring)', 'i', true),
  ('factvector_out(textfacts.factvector)', 'i', true),
  ('factvector_recv(internal)', 'i', true),
  ('factvector_send(textfacts.factvector)', 'i', true),
  ('factquery_in(cstring)', 'i', true),
  ('factquery_out(textfacts.factquery)', 'i', true),
  ('factquery_recv(internal)', 'i', true),
  ('factquery_send(textfacts.factquery)', 'i', true),
  -- operators
  ('factvector_matches(textfacts.factvector, textfacts.factquery)', 'i', true),
  ('factquery_matches(textfacts.factquery, textfacts.factvector)', 'i', true),
  ('factvector_contains(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_contained(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_concat(textfacts.factvector, textfacts.factvector)', 'i', true),
  -- @@ with a query as text: inlinable SQL, so not STRICT (the body is)
  ('factvector_matches_text(textfacts.factvector, text)', 'i', false),
  ('text_matches_factvector(text, textfacts.factvector)', 'i', false),
  -- btree and hash support
  ('factvector_cmp(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_lt(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_le(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_eq(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_ne(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_ge(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_gt(textfacts.factvector, textfacts.factvector)', 'i', true),
  ('factvector_hash(textfacts.factvector)', 'i', true),
  -- statistics and selectivity: STABLE like their PostgreSQL counterparts
  -- (ts_typanalyze, tsmatchsel), as they read the catalogs
  ('factvector_typanalyze(internal)', 's', true),
  ('factquery_sel(internal, oid, internal, integer)', 's', true),
  -- GIN support
  ('gin_factkey_cmp(bytea, bytea)', 'i', true),
  ('gin_extract_factvector(textfacts.factvector, internal, internal)', 'i', true),
  ('gin_extract_factquery(textfacts.factvector, internal, smallint, internal, internal, internal, internal)', 'i', true),
  ('gin_factquery_consistent(internal, smallint, textfacts.factvector, integer, internal, internal, internal, internal)', 'i', true),
  ('gin_factkey_cmp_partial(bytea, bytea, smallint, internal)', 'i', true),
  ('gin_factquery_triconsistent(internal, smallint, textfacts.factvector, integer, internal, internal, internal)', 'i', true);
-- the one exception: a trigger function sends invalidations, so it is
-- VOLATILE and PARALLEL UNSAFE; it runs only as the dictionary's trigger
INSERT INTO expected_labels VALUES
  ('dictionary_changed()', 'v', false, 'u');
-- tracked tables (issue 17): the engine's version is IMMUTABLE like the
-- engine; the queueing trigger, track, untrack, requeue and the procedure
-- refresh write tables (VOLATILE, PARALLEL UNSAFE); status and the registry
-- check read them (STABLE) and run dynamic SQL.  None is STRICT: a NULL
-- argument is a clear error, and refresh's max_rows NULL means no limit.
INSERT INTO expected_labels VALUES
  ('engine_version()', 'i', false, 's'),
  ('queue_row()', 'v', false, 'u'),
  ('track(regclass, name, name, text)', 'v', false, 'u'),
  ('untrack(regclass)', 'v', false, 'u'),
  ('requeue(regclass)', 'v', false, 'u'),
  ('refresh(regclass, integer, bigint)', 'v', false, 'u'),
  ('status()', 's', false, 'u'),
  ('tracked_entry(regclass)', 's', false, 'u');

CREATE TEMP VIEW ext_functions AS
SELECT p.proname || '(' || oidvectortypes(p.proargtypes) || ')' AS sig, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'textfacts';

SELECT set_eq('SELECT sig FROM ext_functions', 'SELECT sig FROM expected_labels',
              'every extension function has its expected labels listed');
SELECT is(f.provolatile, x.volatility, f.sig || ' volatility')
FROM ext_functions f JOIN expected_labels x USING (sig);
SELECT is(f.proisstrict, x.strict, f.sig || ' strictness')
FROM ext_functions f JOIN expected_labels x USING (sig);
SELECT is(f.proparallel, x.parallel, f.sig || ' parallel label')
FROM ext_functions f JOIN expected_labels x USING (sig);
SELECT ok((SELECT extrelocatable = false FROM pg_extension WHERE extname = 'textfacts'),
          'the extension is not relocatable (schema textfacts)');

SELECT * FROM finish();
ROLLBACK;
