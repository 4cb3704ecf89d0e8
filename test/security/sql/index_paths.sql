-- Issue 13, section 1, through an index: the dictionary is read while a GIN
-- index on to_factvector is built and while rows go into a table with such
-- an index, as the table's owner (here a superuser).  tf_sec_ivan installs
-- the extension, tries to move its schema aside, and plants a view
-- "dictionary" calling his function in a schema textfacts of his.  Neither
-- the index build nor the insert may run it.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_index;
DROP ROLE IF EXISTS tf_sec_ivan;
RESET client_min_messages;
CREATE ROLE tf_sec_ivan LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_index;
GRANT CREATE ON DATABASE tf_sec_index TO tf_sec_ivan;

\c tf_sec_index tf_sec_ivan
CREATE EXTENSION textfacts;
CREATE SCHEMA loot_s;
GRANT USAGE ON SCHEMA loot_s TO PUBLIC;
CREATE TABLE loot_s.loot (who text, super bool);
GRANT INSERT ON loot_s.loot TO PUBLIC;
ALTER SCHEMA textfacts RENAME TO textfacts_real;
-- (where he cannot, a superuser's rename gives the same names)
\c tf_sec_index :reguser
SELECT count(*) AS renamed FROM pg_namespace WHERE nspname = 'textfacts_real' \gset
\if :renamed
\else
ALTER SCHEMA textfacts RENAME TO textfacts_real;
\endif
\c tf_sec_index tf_sec_ivan
CREATE SCHEMA textfacts;
CREATE FUNCTION textfacts.evil() RETURNS text LANGUAGE plpgsql AS $$
BEGIN INSERT INTO loot_s.loot SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user; RETURN 'evil corp'; END $$;
CREATE VIEW textfacts.dictionary AS
  SELECT 'org'::text AS kind, textfacts.evil() AS name, '{}'::text[] AS aliases, NULL::text AS norm;
GRANT USAGE ON SCHEMA textfacts TO PUBLIC;
GRANT SELECT ON textfacts.dictionary TO PUBLIC;
INSERT INTO textfacts_real.dictionary (kind, name) VALUES ('org', 'Plain Corp');

-- a GIN index build, by a superuser, over rows a superuser owns
\c tf_sec_index :reguser
CREATE TABLE public.docs (id int PRIMARY KEY, body text);
INSERT INTO public.docs VALUES (1, 'evil corp paid $3 billion.'), (2, 'Plain Corp met Pakistan.');
CREATE INDEX docs_facts ON public.docs USING gin (textfacts_real.to_factvector(body));
SELECT count(*) AS loot_after_build FROM loot_s.loot;

-- rows inserted into the indexed table, in a new session
\c tf_sec_index :reguser
INSERT INTO public.docs VALUES (3, 'evil corp and Plain Corp signed.');
SELECT count(*) AS loot_after_insert FROM loot_s.loot;

-- the index answers with the extension's own dictionary
SET enable_seqscan = off;
SELECT id FROM public.docs
WHERE textfacts_real.to_factvector(body) OPERATOR(textfacts_real.@@) 'org:"Plain Corp"' ORDER BY id;
SELECT id FROM public.docs
WHERE textfacts_real.to_factvector(body) OPERATOR(textfacts_real.@@) 'org:"evil corp"' ORDER BY id;
RESET enable_seqscan;
SELECT * FROM loot_s.loot;

\c :regdb :reguser
DROP DATABASE tf_sec_index;
DROP ROLE tf_sec_ivan;
