-- Issue 13, section 1: an install by a role that is not a superuser (the
-- extension is trusted), then DROP EXTENSION and CREATE EXTENSION again by
-- the same role.  After the install the bootstrap superuser owns the
-- schema and every object; the installing role owns the extension, may
-- edit the dictionary and grant that right, and can use everything, but
-- cannot create objects in the schema.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_nonsuper;
DROP ROLE IF EXISTS tf_sec_nina;
DROP ROLE IF EXISTS tf_sec_analyst;
RESET client_min_messages;
CREATE ROLE tf_sec_nina LOGIN NOSUPERUSER;
CREATE ROLE tf_sec_analyst LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_nonsuper;
GRANT CREATE ON DATABASE tf_sec_nonsuper TO tf_sec_nina;

\c tf_sec_nonsuper tf_sec_nina
CREATE SCHEMA loot_s;
GRANT USAGE ON SCHEMA loot_s TO PUBLIC;
CREATE TABLE loot_s.loot (who text, super bool);
GRANT INSERT ON loot_s.loot TO PUBLIC;
CREATE FUNCTION loot_s.evil() RETURNS bool LANGUAGE plpgsql AS $$
BEGIN INSERT INTO loot_s.loot SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user; RETURN true; END $$;
CREATE EXTENSION textfacts;
-- who owns what
SELECT e.extname, e.extowner::regrole AS extension_owner, e.extversion,
       (SELECT rolsuper FROM pg_roles WHERE oid = n.nspowner) AS schema_owner_is_superuser,
       n.nspacl = ARRAY[format('%s=UC/%1$s', n.nspowner::regrole), format('=U/%s', n.nspowner::regrole)]::aclitem[]
         AS schema_usage_for_public_only
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'textfacts';
SELECT count(*) AS members,
       count(*) FILTER (WHERE NOT (SELECT rolsuper FROM pg_roles r WHERE r.oid = o.owner)) AS not_owned_by_a_superuser
FROM (SELECT p.proowner AS owner FROM pg_proc p
      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
      UNION ALL
      SELECT c.relowner FROM pg_class c
      JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
      UNION ALL
      SELECT t.typowner FROM pg_type t
      JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
      UNION ALL
      SELECT o.oprowner FROM pg_operator o
      JOIN pg_depend d ON d.classid = 'pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e') o;
-- she uses it, and edits and shares the dictionary
SELECT kind, surface, norm FROM textfacts.extract('Pakistan paid $3 billion.') ORDER BY pos;
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', 'nina holdings');
GRANT INSERT ON textfacts.dictionary TO tf_sec_analyst;
SELECT textfacts.to_factvector('nina holdings paid.') OPERATOR(textfacts.@@) 'org:"nina holdings"' AS found;
-- but cannot plant anything in the schema, or take it
CREATE FUNCTION textfacts.headline(text, text) RETURNS text LANGUAGE sql AS $$SELECT loot_s.evil()::text$$;
CREATE VIEW textfacts.v AS SELECT 1 AS x;
ALTER SCHEMA textfacts OWNER TO tf_sec_nina;
GRANT CREATE ON SCHEMA textfacts TO tf_sec_nina;
-- and the dictionary's trigger function works on the dictionary only
CREATE TABLE loot_s.t (x int);
CREATE TRIGGER t_changed AFTER INSERT ON loot_s.t FOR EACH STATEMENT
  EXECUTE FUNCTION textfacts.dictionary_changed();
INSERT INTO loot_s.t VALUES (1);
DROP TABLE loot_s.t;

\c tf_sec_nonsuper tf_sec_analyst
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', 'Analyst Partners');
SELECT kind, surface FROM textfacts.extract('Analyst Partners and nina holdings merged.') ORDER BY pos;

-- DROP EXTENSION leaves the empty schema to the superuser; she installs again
\c tf_sec_nonsuper tf_sec_nina
DROP EXTENSION textfacts;
SELECT count(*) AS objects_left FROM pg_class WHERE relnamespace = 'textfacts'::regnamespace;
-- a headline(text, text) that textfacts.headline(body, 'literal') would pick
CREATE FUNCTION textfacts.headline(text, text) RETURNS text LANGUAGE sql AS $$SELECT loot_s.evil()::text$$;
CREATE EXTENSION textfacts;
SELECT e.extowner::regrole AS extension_owner,
       (SELECT rolsuper FROM pg_roles WHERE oid = n.nspowner) AS schema_owner_is_superuser
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'textfacts';
SELECT kind, surface FROM textfacts.extract('Pakistan and nina holdings.') ORDER BY pos;
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', 'nina holdings');
SELECT kind, surface FROM textfacts.extract('Pakistan and nina holdings.') ORDER BY pos;

\c tf_sec_nonsuper :reguser
SELECT kind, surface FROM textfacts.extract('nina holdings paid $3 billion.') ORDER BY pos;
SELECT textfacts.headline('nina holdings paid $3 billion.', 'org:"nina holdings"');
SELECT * FROM loot_s.loot;
\c tf_sec_nonsuper tf_sec_nina
ALTER SCHEMA textfacts RENAME TO textfacts_mine;

\c :regdb :reguser
DROP DATABASE tf_sec_nonsuper;
DROP ROLE tf_sec_nina;
DROP ROLE tf_sec_analyst;
