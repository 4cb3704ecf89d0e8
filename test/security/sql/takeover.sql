-- Issue 13, section 1: a role that installs textfacts (it is trusted) must
-- not be able to make later callers, superusers included, run its code.
-- The issue's reproduction: tf_sec_mallory installs, renames the schema,
-- creates a new schema textfacts with a view "dictionary" that calls her
-- function, and waits for a superuser to extract.  Her function puts a row
-- in loot_s.loot whenever it runs: the loot must stay empty.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_takeover;
DROP ROLE IF EXISTS tf_sec_mallory;
RESET client_min_messages;
CREATE ROLE tf_sec_mallory LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_takeover;
GRANT CREATE ON DATABASE tf_sec_takeover TO tf_sec_mallory;

\c tf_sec_takeover tf_sec_mallory
CREATE EXTENSION textfacts;
CREATE SCHEMA loot_s;
GRANT USAGE ON SCHEMA loot_s TO PUBLIC;
CREATE TABLE loot_s.loot (who text, super bool);
GRANT INSERT ON loot_s.loot TO PUBLIC;
-- the issue's steps: after the install the schema is not hers to rename or fill
ALTER SCHEMA textfacts RENAME TO textfacts_real;
CREATE SCHEMA textfacts;
CREATE FUNCTION textfacts.evil() RETURNS text LANGUAGE plpgsql AS $$
BEGIN INSERT INTO loot_s.loot SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user; RETURN 'evil corp'; END $$;
CREATE VIEW textfacts.dictionary AS
  SELECT 'org'::text AS kind, textfacts.evil() AS name, '{}'::text[] AS aliases, NULL::text AS norm;
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', 'Honest Corp');

\c tf_sec_takeover :reguser
SELECT kind, surface FROM textfacts.extract('evil corp and Honest Corp signed with Pakistan.') ORDER BY pos;
SELECT * FROM loot_s.loot;

-- Even where the name textfacts comes to mean another schema (here a
-- superuser renames the extension's schema and tf_sec_mallory takes the old
-- name), extraction reads the extension's own table: the dictionary is
-- found by identity, never by name.
ALTER SCHEMA textfacts RENAME TO textfacts_real;
\c tf_sec_takeover tf_sec_mallory
CREATE SCHEMA textfacts;
CREATE FUNCTION textfacts.evil() RETURNS text LANGUAGE plpgsql AS $$
BEGIN INSERT INTO loot_s.loot SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user; RETURN 'evil corp'; END $$;
CREATE VIEW textfacts.dictionary AS
  SELECT 'org'::text AS kind, textfacts.evil() AS name, '{}'::text[] AS aliases, NULL::text AS norm;
GRANT USAGE ON SCHEMA textfacts TO PUBLIC;
GRANT SELECT ON textfacts.dictionary TO PUBLIC;
-- every session reloads after a change to the real table
INSERT INTO textfacts_real.dictionary (kind, name) VALUES ('org', 'Plain Corp');
\c tf_sec_takeover :reguser
SELECT kind, surface FROM textfacts_real.extract('evil corp, Honest Corp and Plain Corp signed with Pakistan.') ORDER BY pos;
SET search_path = textfacts, public;
SELECT kind, surface FROM textfacts_real.extract('evil corp and Plain Corp.') ORDER BY pos;
RESET search_path;
SELECT * FROM loot_s.loot;

-- The extension's owner may add objects of hers to it: a table
-- "dictionary" of her own, in her schema, whose row security policy calls
-- her function.  It is not the extension's dictionary (wrong schema, wrong
-- owner), and the dictionary is read with a table scan that runs no policy.
\c tf_sec_takeover tf_sec_mallory
CREATE TABLE loot_s.dictionary (kind text, name text, aliases text[], norm text);
INSERT INTO loot_s.dictionary VALUES ('org', 'mallory corp', '{}', NULL);
ALTER TABLE loot_s.dictionary ENABLE ROW LEVEL SECURITY;
ALTER TABLE loot_s.dictionary FORCE ROW LEVEL SECURITY;
CREATE POLICY steal ON loot_s.dictionary USING (textfacts.evil() IS NOT NULL);
GRANT SELECT ON loot_s.dictionary TO PUBLIC;
ALTER EXTENSION textfacts ADD TABLE loot_s.dictionary;
\c tf_sec_takeover :reguser
SELECT kind, surface FROM textfacts_real.extract('mallory corp met Plain Corp.') ORDER BY pos;
SELECT * FROM loot_s.loot;

-- A dictionary that is no longer owned as installed is refused, not read
ALTER TABLE textfacts_real.dictionary OWNER TO tf_sec_mallory;
SELECT kind, surface FROM textfacts_real.extract('Plain Corp.') ORDER BY pos;
ALTER TABLE textfacts_real.dictionary OWNER TO :reguser;
SELECT kind, surface FROM textfacts_real.extract('Plain Corp.') ORDER BY pos;
SELECT * FROM loot_s.loot;

\c :regdb :reguser
DROP DATABASE tf_sec_takeover;
DROP ROLE tf_sec_mallory;
