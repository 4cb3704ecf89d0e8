-- Every function of the extension carries the labels DESIGN.md gives:
-- IMMUTABLE (STABLE where it reads a table), STRICT where NULL in means NULL
-- out, PARALLEL SAFE.  A new function must be added here with its labels.
BEGIN;
SELECT * FROM no_plan();

CREATE TEMP TABLE expected_labels (sig text PRIMARY KEY, volatility "char", strict bool,
                                   parallel "char" DEFAULT 's');
INSERT INTO expected_labels VALUES
  ('extract(text, date, text)', 'i', false);
-- the one exception: a trigger function sends invalidations, so it is
-- VOLATILE and PARALLEL UNSAFE; it runs only as the dictionary's trigger
INSERT INTO expected_labels VALUES
  ('dictionary_changed()', 'v', false, 'u');

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
