-- Issue 20: CVE-2020-14350 and CVE-2018-1058 in the style of RUM's
-- security test.  tf_sec_mallory, who may create objects in public, plants
-- there, before textfacts is installed, a function of the same name and
-- arguments as every pg_catalog function the install and update scripts
-- name, and an operator for every pg_catalog comparison, concatenation and
-- arithmetic operator.  Each plant records that it ran.  A superuser whose
-- search_path puts public before pg_catalog (so that an unqualified name
-- resolves to a plant) installs textfacts and calls every routine: no plant
-- may run.  Then the rule each routine follows, listed: it pins
-- search_path = pg_catalog, pg_temp, or (the inlined operator wrappers and
-- the committing procedure refresh, which cannot pin it) qualifies every
-- object and operator, as the run above shows; and none is SECURITY DEFINER.
-- Also: every identifier is quoted, shown with a schema, table and columns
-- named `x"; DROP TABLE t; --`.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_cve;
DROP ROLE IF EXISTS tf_sec_mallory;
RESET client_min_messages;
CREATE ROLE tf_sec_mallory LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_cve;

\c tf_sec_cve :reguser
GRANT CREATE ON SCHEMA public TO tf_sec_mallory;
-- the names the scripts call (read by the superuser, for mallory)
CREATE TABLE public.script_names AS
SELECT DISTINCT lower(m[1]) AS name
FROM (SELECT setting AS dir FROM pg_config WHERE name = 'SHAREDIR') d,
     LATERAL unnest(ARRAY['textfacts--0.2.0.sql', 'textfacts--0.1.0--0.2.0.sql']) f,
     LATERAL regexp_matches(pg_read_file(d.dir || '/extension/' || f), '([A-Za-z_][A-Za-z0-9_]*)\s*\(', 'g') m;
GRANT SELECT ON public.script_names TO PUBLIC;

\c tf_sec_cve tf_sec_mallory
CREATE TABLE public.loot (plant text, who text, super bool);
GRANT INSERT ON public.loot TO PUBLIC;
-- (its own names pinned, or the plants below would call each other)
CREATE FUNCTION public.steal(what text) RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  INSERT INTO public.loot SELECT what, current_user, rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user;
END $$;
-- a plant per pg_catalog function of those names (where plpgsql can take
-- its argument and result types), and per operator
CREATE TEMP TABLE planted (kind text, n int);
DO $$
DECLARE
  f record;
  nf int := 0;
  nop int := 0;
BEGIN
  FOR f IN
    SELECT p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
           pg_catalog.pg_get_function_result(p.oid) AS result, p.prorettype = 'pg_catalog.void'::pg_catalog.regtype AS void
    FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = 'pg_catalog'::pg_catalog.regnamespace AND p.prokind = 'f'
      AND p.proname IN (SELECT name FROM public.script_names)
  LOOP
    BEGIN
      EXECUTE pg_catalog.format('CREATE FUNCTION public.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
        f.proname, f.args, f.result,
        pg_catalog.format('BEGIN PERFORM public.steal(%L); RETURN%s; END', f.proname,
                          CASE WHEN f.void OR f.result LIKE 'SETOF %' OR f.result LIKE 'TABLE(%' THEN '' ELSE ' NULL' END));
      nf := nf + 1;
    EXCEPTION WHEN others THEN NULL;     -- internal, cstring, "any", ...: not plantable here
    END;
  END LOOP;
  FOR f IN
    SELECT o.oprname, o.oprleft::pg_catalog.regtype AS l, o.oprright::pg_catalog.regtype AS r,
           o.oprresult::pg_catalog.regtype AS res, o.oid
    FROM pg_catalog.pg_operator o
    WHERE o.oprnamespace = 'pg_catalog'::pg_catalog.regnamespace AND o.oprleft <> 0 AND o.oprright <> 0
      AND o.oprname IN ('=', '<>', '<', '>', '<=', '>=', '||', '~', '~~', '!~', '+', '-', '*', '/', '@>', '<@', '&&')
  LOOP
    BEGIN
      EXECUTE pg_catalog.format('CREATE FUNCTION public.plant_op_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
        f.oid, f.l, f.r, f.res,
        pg_catalog.format('BEGIN PERFORM public.steal(%L); RETURN NULL; END', pg_catalog.format('%s %s %s', f.l, f.oprname, f.r)));
      EXECUTE pg_catalog.format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.plant_op_%s)',
        f.oprname, f.l, f.r, f.oid);
      nop := nop + 1;
    EXCEPTION WHEN others THEN NULL;
    END;
  END LOOP;
  INSERT INTO planted VALUES ('functions', nf), ('operators', nop);
END $$;
SELECT kind, n > 50 AS many FROM planted ORDER BY kind;

-- the superuser, public first on her path, installs and uses everything
\c tf_sec_cve :reguser
SET client_min_messages = warning;     -- refresh's NOTICE gives rows per second
SET search_path = public, pg_catalog;
-- a plant is what an unqualified name reaches now
SELECT 'x'::text = 'x'::text AS planted_equality_answers_null;
TRUNCATE public.loot;
CREATE EXTENSION textfacts;
INSERT INTO textfacts.dictionary (kind, name, aliases) VALUES ('org', 'Sui Northern Gas', '{SNGPL}');
CREATE TABLE public.articles (id int PRIMARY KEY, published date, body text);
INSERT INTO public.articles VALUES (1, '2024-10-08', 'SNGPL and Pakistan paid $3 billion.'),
                                   (2, NULL, 'Russia’s output rose 5% in 2024.');
SELECT textfacts.track('public.articles', 'body', 'published') AS queued;
CALL textfacts.refresh('public.articles');
-- (the test's own statements qualify their operators too)
UPDATE public.articles SET body = 'India paid €2 billion.' WHERE id OPERATOR(pg_catalog.=) 2;
CALL textfacts.refresh('public.articles', 1, 10);
SELECT source, rows_queued FROM textfacts.status();
SELECT textfacts.requeue('public.articles') AS requeued;
CALL textfacts.refresh('public.articles');
SELECT id, kind, norm FROM public.articles_facts ORDER BY id, pos;
SELECT count(*) FROM textfacts.extract('Pakistan paid $3 billion.', '2024-10-08');
SELECT count(*) FROM textfacts.entities('Pakistan and Russia.');
SELECT count(*) FROM textfacts.figures('Pakistan paid $3 billion.', NULL);
SELECT textfacts.to_factvector('Pakistan paid $3 billion.') OPERATOR(textfacts.@@) 'country:PK & money' AS vector_matches_text,
       'country:PK' OPERATOR(textfacts.@@) textfacts.to_factvector('Pakistan') AS text_matches_vector;
SELECT textfacts.headline('Pakistan paid $3 billion.', 'country:PK');
SELECT count(*) FROM public.articles WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'money';
SELECT count(*) FROM textfacts.unnest(textfacts.to_factvector('Pakistan and Russia.'));
SELECT textfacts.untrack('public.articles');
RESET search_path;
-- no plant ran
SELECT plant, who, super FROM public.loot ORDER BY 1;

-- every identifier is quoted: a schema, a table and columns named to end
-- the statement they are pasted into and drop table t
CREATE TABLE public.t (sentinel int);
CREATE SCHEMA "s""; DROP TABLE t; --";
CREATE TABLE "s""; DROP TABLE t; --"."x""; DROP TABLE t; --" (
  "k""; DROP TABLE t; --" int PRIMARY KEY, "d""; DROP TABLE t; --" date, "b""; DROP TABLE t; --" text);
INSERT INTO "s""; DROP TABLE t; --"."x""; DROP TABLE t; --" VALUES (1, '2024-10-08', 'Pakistan paid $3 billion.');
SELECT textfacts.track('"s""; DROP TABLE t; --"."x""; DROP TABLE t; --"', 'b"; DROP TABLE t; --',
                       'd"; DROP TABLE t; --') AS queued;
CALL textfacts.refresh('"s""; DROP TABLE t; --"."x""; DROP TABLE t; --"');
UPDATE "s""; DROP TABLE t; --"."x""; DROP TABLE t; --" SET "b""; DROP TABLE t; --" = 'Russia paid €2 billion.';
SELECT source, rows_queued FROM textfacts.status();
CALL textfacts.refresh('"s""; DROP TABLE t; --"."x""; DROP TABLE t; --"');
SELECT textfacts.requeue('"s""; DROP TABLE t; --"."x""; DROP TABLE t; --"') AS requeued;
CALL textfacts.refresh('"s""; DROP TABLE t; --"."x""; DROP TABLE t; --"');
SELECT "k""; DROP TABLE t; --", kind, norm FROM "s""; DROP TABLE t; --"."x""; DROP TABLE t; --_facts" ORDER BY pos;
SELECT relname FROM pg_class WHERE relnamespace = '"s""; DROP TABLE t; --"'::regnamespace AND relkind IN ('r', 'v') ORDER BY 1;
SELECT textfacts.untrack('"s""; DROP TABLE t; --"."x""; DROP TABLE t; --"');
SELECT to_regclass('public.t') IS NOT NULL AS t_still_there;
DROP SCHEMA "s""; DROP TABLE t; --" CASCADE;

-- the rule of each routine that is not C
SELECT p.oid::regprocedure AS routine, l.lanname AS language,
       CASE WHEN p.proconfig = ARRAY['search_path=pg_catalog, pg_temp'] THEN 'pins search_path = pg_catalog, pg_temp'
            WHEN p.proconfig IS NULL AND l.lanname = 'sql' AND p.prokind = 'f'
                 AND EXISTS (SELECT FROM pg_operator o WHERE o.oprcode = p.oid)
              THEN 'inlined operator wrapper: qualifies every object and operator'
            WHEN p.proconfig IS NULL AND p.prokind = 'p'
              THEN 'committing procedure: qualifies every object and operator'
            ELSE 'NO RULE: ' || coalesce(array_to_string(p.proconfig, ', '), 'nothing pinned') END AS rule
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'textfacts'::regnamespace AND l.lanname <> 'c'
ORDER BY 1::text;
SELECT count(*) AS security_definer_routines FROM pg_proc
WHERE pronamespace = 'textfacts'::regnamespace AND prosecdef;

\c :regdb :reguser
DROP DATABASE tf_sec_cve;
DROP ROLE tf_sec_mallory;
