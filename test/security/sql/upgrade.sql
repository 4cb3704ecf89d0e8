-- Issue 13: the update from 0.1.0, whose install left schema textfacts to
-- the role that created it.  tf_sec_uma installs 0.1.0 and plants an
-- operator in the schema she owns; the update refuses, naming it.  Once she
-- has removed it, the update (run by her: the extension is trusted) takes
-- the schema over as a fresh 0.2.0 install does, and gives the same
-- objects as a fresh install of 0.2.0.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_upgraded;
DROP DATABASE IF EXISTS tf_sec_fresh;
DROP ROLE IF EXISTS tf_sec_uma;
RESET client_min_messages;
CREATE ROLE tf_sec_uma LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_upgraded;
CREATE DATABASE tf_sec_fresh;
GRANT CREATE ON DATABASE tf_sec_upgraded TO tf_sec_uma;
GRANT CREATE ON DATABASE tf_sec_fresh TO tf_sec_uma;

-- what an install consists of: its members, the labels of its functions,
-- its operators, types and table, privileges and owners
\set objects_query 'SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS object FROM pg_depend d WHERE d.refclassid = \'pg_extension\'::regclass AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = \'textfacts\') AND d.deptype = \'e\' UNION ALL SELECT format(\'%s %s %s %s %s %s %s %s %s %s %s %s %s %s\', p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel, p.prosecdef, p.proconfig, (SELECT l.lanname FROM pg_language l WHERE l.oid = p.prolang), p.prorettype::regtype, p.proretset, p.procost, p.prorows, p.pronargdefaults, pg_get_userbyid(p.proowner), p.proacl) || \' \' || md5(p.prosrc || coalesce(p.probin, \'\') || coalesce(pg_get_function_sqlbody(p.oid), \'\')) FROM pg_proc p WHERE p.pronamespace = \'textfacts\'::regnamespace UNION ALL SELECT format(\'%s %s %s %s %s %s %s %s %s\', o.oid::regoperator, o.oprcode, o.oprresult::regtype, o.oprcom::regoperator, o.oprnegate::regoperator, o.oprrest, o.oprjoin, o.oprcanmerge, o.oprcanhash) FROM pg_operator o WHERE o.oprnamespace = \'textfacts\'::regnamespace UNION ALL SELECT format(\'%s %s %s %s\', c.oid::regclass, c.relkind, pg_get_userbyid(c.relowner), c.relacl) FROM pg_class c WHERE c.relnamespace = \'textfacts\'::regnamespace UNION ALL SELECT format(\'column %s.%s %s %s %s\', a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid)) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum WHERE c.relnamespace = \'textfacts\'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped UNION ALL SELECT format(\'constraint %s %s\', conname, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = \'textfacts\'::regnamespace UNION ALL SELECT format(\'trigger %s %s\', tgname, pg_get_triggerdef(oid)) FROM pg_trigger WHERE tgrelid = \'textfacts.dictionary\'::regclass UNION ALL SELECT format(\'type %s %s %s\', t.oid::regtype, t.typtype, pg_get_userbyid(t.typowner)) FROM pg_type t WHERE t.typnamespace = \'textfacts\'::regnamespace UNION ALL SELECT format(\'schema %s %s\', pg_get_userbyid(n.nspowner), n.nspacl) FROM pg_namespace n WHERE n.nspname = \'textfacts\' UNION ALL SELECT format(\'extension %s %s %s %s\', e.extversion, e.extrelocatable, pg_get_userbyid(e.extowner), e.extconfig::regclass[]) FROM pg_extension e WHERE e.extname = \'textfacts\' UNION ALL SELECT format(\'initial privileges %s %s\', pg_describe_object(i.classoid, i.objoid, i.objsubid), i.initprivs) FROM pg_init_privs i WHERE i.privtype = \'e\''

\c tf_sec_fresh tf_sec_uma
CREATE EXTENSION textfacts;
SELECT string_agg(object, E'\n' ORDER BY object) AS fresh_objects FROM (:objects_query) o \gset
SELECT count(*) AS fresh_object_lines FROM (:objects_query) o;

\c tf_sec_upgraded tf_sec_uma
CREATE EXTENSION textfacts VERSION '0.1.0';
CREATE SCHEMA loot_s;
GRANT USAGE ON SCHEMA loot_s TO PUBLIC;
CREATE TABLE loot_s.loot (who text, super bool);
GRANT INSERT ON loot_s.loot TO PUBLIC;
CREATE FUNCTION loot_s.m(textfacts.factvector, text) RETURNS bool LANGUAGE plpgsql AS $$
BEGIN INSERT INTO loot_s.loot SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user; RETURN true; END $$;
CREATE OPERATOR textfacts.@@ (LEFTARG = textfacts.factvector, RIGHTARG = text, FUNCTION = loot_s.m);
GRANT CREATE ON SCHEMA textfacts TO PUBLIC;
SELECT extversion, n.nspowner::regrole AS schema_owner
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'textfacts';

\c tf_sec_upgraded :reguser
ALTER EXTENSION textfacts UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'textfacts';
\c tf_sec_upgraded tf_sec_uma
DROP OPERATOR textfacts.@@ (textfacts.factvector, text);
ALTER EXTENSION textfacts UPDATE;
SELECT extversion, (SELECT rolsuper FROM pg_roles WHERE oid = n.nspowner) AS schema_owner_is_superuser
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'textfacts';
CREATE OPERATOR textfacts.@@ (LEFTARG = textfacts.factvector, RIGHTARG = text, FUNCTION = loot_s.m);

-- the same objects as a fresh install: none only in one of them
SELECT count(*) AS upgraded_object_lines FROM (:objects_query) o;
SELECT 'only after the update' AS side, object FROM (:objects_query) o
EXCEPT SELECT 'only after the update', unnest(string_to_array(:'fresh_objects', E'\n'))
UNION ALL
(SELECT 'only in the fresh install', unnest(string_to_array(:'fresh_objects', E'\n'))
 EXCEPT SELECT 'only in the fresh install', object FROM (:objects_query) o)
ORDER BY 1, 2;

-- the updated extension answers literal queries with its own operator
\c tf_sec_upgraded :reguser
SET search_path = textfacts, public;
SELECT to_factvector('Pakistan') @@ 'country:PK' AS matches;
RESET search_path;
SELECT * FROM loot_s.loot;

\c :regdb :reguser
DROP DATABASE tf_sec_upgraded;
DROP DATABASE tf_sec_fresh;
DROP ROLE tf_sec_uma;
