-- Issue 13, section 1: a schema textfacts that another role created before
-- the install, with objects in it.  CREATE EXTENSION installs into an
-- existing schema of that name; the install script refuses one that holds
-- anything but the extension's objects, naming them, and takes over an
-- empty one: owner the role running the script, USAGE for PUBLIC only.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_pre;
DROP ROLE IF EXISTS tf_sec_eve;
DROP ROLE IF EXISTS tf_sec_friend;
RESET client_min_messages;
CREATE ROLE tf_sec_eve LOGIN NOSUPERUSER;
CREATE ROLE tf_sec_friend LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_pre;
GRANT CREATE ON DATABASE tf_sec_pre TO tf_sec_eve;

\c tf_sec_pre tf_sec_eve
CREATE SCHEMA loot_s;
GRANT USAGE ON SCHEMA loot_s TO PUBLIC;
CREATE TABLE loot_s.loot (who text, super bool);
GRANT INSERT ON loot_s.loot TO PUBLIC;
CREATE FUNCTION loot_s.evil() RETURNS bool LANGUAGE plpgsql AS $$
BEGIN INSERT INTO loot_s.loot SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user; RETURN true; END $$;
CREATE SCHEMA textfacts;
GRANT USAGE ON SCHEMA textfacts TO PUBLIC;
GRANT CREATE ON SCHEMA textfacts TO tf_sec_friend WITH GRANT OPTION;
-- a headline(text, text) that a caller's textfacts.headline(body, 'country:PK')
-- would pick over headline(text, factquery, ...): PostgreSQL prefers text
-- for a literal
CREATE FUNCTION textfacts.headline(text, text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM loot_s.evil(); RETURN $1; END $$;
-- an operator that an unqualified comparison in the install script would pick
CREATE FUNCTION textfacts.oid_eq(oid, regclass) RETURNS bool LANGUAGE plpgsql AS $$
BEGIN PERFORM loot_s.evil(); RETURN $1 = $2::oid; END $$;
CREATE OPERATOR textfacts.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = textfacts.oid_eq);
CREATE TABLE textfacts.notes (note text);

\c tf_sec_pre :reguser
CREATE EXTENSION textfacts;
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'textfacts' \gset
-- had it been installed, a caller would now run tf_sec_eve's function
\if :installed
SELECT textfacts.headline('Pakistan paid $3 billion.', 'country:PK');
\endif
SELECT * FROM loot_s.loot;

-- once the schema is empty the install takes it over
\c tf_sec_pre tf_sec_eve
DROP FUNCTION textfacts.headline(text, text);
DROP OPERATOR textfacts.= (oid, regclass);
DROP FUNCTION textfacts.oid_eq(oid, regclass);
DROP TABLE textfacts.notes;
\c tf_sec_pre tf_sec_friend
GRANT CREATE ON SCHEMA textfacts TO PUBLIC;
\c tf_sec_pre :reguser
CREATE EXTENSION textfacts;
SELECT n.nspowner::regrole = current_user::regrole AS owned_by_installer,
       (SELECT rolsuper FROM pg_roles WHERE oid = n.nspowner) AS owner_is_superuser,
       n.nspacl = ARRAY[format('%s=UC/%s', current_user, current_user), format('=U/%s', current_user)]::aclitem[]
         AS usage_for_public_only
FROM pg_namespace n WHERE n.nspname = 'textfacts';
-- neither the schema's former owner nor those it granted rights may create there
\c tf_sec_pre tf_sec_eve
CREATE FUNCTION textfacts.headline(text, text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN PERFORM loot_s.evil(); RETURN $1; END $$;
ALTER SCHEMA textfacts OWNER TO tf_sec_eve;
GRANT CREATE ON SCHEMA textfacts TO tf_sec_eve;
\c tf_sec_pre tf_sec_friend
CREATE TABLE textfacts.notes (note text);
\c tf_sec_pre :reguser
SELECT textfacts.headline('Pakistan paid $3 billion.', 'country:PK');
SELECT * FROM loot_s.loot;

\c :regdb :reguser
DROP DATABASE tf_sec_pre;
DROP ROLE tf_sec_eve;
DROP ROLE tf_sec_friend;
