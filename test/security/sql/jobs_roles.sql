-- Issue 17: tracked tables among roles that do not trust each other.  The
-- table's owner (not a superuser) tracks it; a role that may only write the
-- table gets its rows queued with no grant on the queue (the C trigger
-- inserts as the table's owner, as RI triggers do; nothing is SECURITY
-- DEFINER); status() shows a table only to those who may SELECT it; the
-- registry's rows belong to each table's owner; the trigger function,
-- attached by another role to a table of its own, writes nothing of the
-- owner's.  Last, what DROP EXTENSION does to tracked tables.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_jobs;
DROP ROLE IF EXISTS tf_sec_owen;
DROP ROLE IF EXISTS tf_sec_wendy;
DROP ROLE IF EXISTS tf_sec_rita;
DROP ROLE IF EXISTS tf_sec_mallory;
RESET client_min_messages;
CREATE ROLE tf_sec_owen LOGIN NOSUPERUSER;
CREATE ROLE tf_sec_wendy LOGIN NOSUPERUSER;
CREATE ROLE tf_sec_rita LOGIN NOSUPERUSER;
CREATE ROLE tf_sec_mallory LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_jobs;
GRANT CREATE ON DATABASE tf_sec_jobs TO tf_sec_owen, tf_sec_mallory;
\c tf_sec_jobs :reguser
CREATE EXTENSION textfacts;
\set SHOW_CONTEXT never

\c tf_sec_jobs tf_sec_owen
SET client_min_messages = warning;
CREATE SCHEMA news;
GRANT USAGE ON SCHEMA news TO PUBLIC;
CREATE TABLE news.articles (id int PRIMARY KEY, published date, body text);
INSERT INTO news.articles VALUES (1, '2024-10-08', 'Pakistan secured a $3 billion package.');
GRANT SELECT, INSERT, UPDATE ON news.articles TO tf_sec_wendy;
GRANT SELECT ON news.articles TO tf_sec_rita;
SELECT textfacts.track('news.articles', 'body', 'published') AS queued;
SELECT c.relname, pg_get_userbyid(c.relowner) AS owner, c.relacl
FROM pg_class c WHERE c.relnamespace = 'news'::regnamespace AND c.relkind IN ('r', 'v') ORDER BY 1;
CALL textfacts.refresh('news.articles');

-- a writer's rows are queued: no grant on the queue, no SECURITY DEFINER
\c tf_sec_jobs tf_sec_wendy
INSERT INTO news.articles VALUES (2, '2024-10-09', 'Russia agreed a €1.2bn deal.');
UPDATE news.articles SET body = 'Egypt borrowed $5 billion.' WHERE id = 1;
SELECT count(*) FROM news.articles_queue;
SELECT textfacts.track('news.articles', 'body');
CALL textfacts.refresh('news.articles');
SELECT textfacts.requeue('news.articles');
SELECT textfacts.untrack('news.articles');
SELECT source, rows_queued, facts FROM textfacts.status();
SELECT count(*) AS functions_security_definer FROM pg_proc
WHERE pronamespace = 'textfacts'::regnamespace AND prosecdef;

\c tf_sec_jobs tf_sec_owen
SET client_min_messages = warning;
SELECT id FROM news.articles_queue ORDER BY seq;
SELECT source, rows_queued, rows_done, facts FROM textfacts.status();
CALL textfacts.refresh('news.articles');
SELECT id, kind, surface FROM news.articles_facts WHERE kind = 'money' ORDER BY id;

-- status() shows what the caller may SELECT; counts of tables it may not
-- read are NULL
\c tf_sec_jobs tf_sec_rita
SELECT source, rows_queued, rows_done, facts FROM textfacts.status();
\c tf_sec_jobs tf_sec_mallory
SELECT source, rows_queued, rows_done, facts FROM textfacts.status();
SELECT count(*) AS registry_rows_seen FROM textfacts.tracked;

-- the registry's rows are the owner's
INSERT INTO textfacts.tracked (source, body_column, dollar, facts, queue, views)
VALUES ('news.articles', 'body', 'USD', 'news.articles', 'news.articles', '{}');
UPDATE textfacts.tracked SET facts = 'pg_catalog.pg_class';
DELETE FROM textfacts.tracked;
DELETE FROM textfacts.failures;

-- the trigger function on a table of mallory's, pointed at owen's queue:
-- it runs as mallory, and owen's queue is no queue of hers
CREATE SCHEMA m;
CREATE TABLE m.t (id int PRIMARY KEY, body text);
CREATE TRIGGER q AFTER INSERT ON m.t FOR EACH ROW EXECUTE FUNCTION textfacts.queue_row('news.articles_queue');
INSERT INTO m.t VALUES (99, 'x');
-- ... nor a table owned by a superuser
CREATE OR REPLACE TRIGGER q AFTER INSERT ON m.t FOR EACH ROW EXECUTE FUNCTION textfacts.queue_row('textfacts.tracked');
INSERT INTO m.t VALUES (99, 'x');
SELECT textfacts.queue_row();
-- a registry row of her own that names owen's fact table: refresh refuses it
DROP TRIGGER q ON m.t;
SET client_min_messages = warning;
SELECT textfacts.track('m.t', 'body');
UPDATE textfacts.tracked SET facts = 'news.articles_facts' WHERE source = 'm.t'::regclass;
CALL textfacts.refresh('m.t');
SELECT textfacts.untrack('m.t');
SELECT count(*) AS owens_tables_still_there FROM pg_class WHERE relnamespace = 'news'::regnamespace AND relkind = 'r';

\c tf_sec_jobs tf_sec_owen
SELECT count(*) AS owens_facts FROM news.articles_facts;
SELECT count(*) AS owens_queue FROM news.articles_queue;

-- DROP EXTENSION: the triggers on tracked tables depend on the extension's
-- trigger function, so it refuses without CASCADE; with CASCADE it drops
-- them and the registry, and leaves the fact tables, queues and views,
-- which belong to the tables' owners
\c tf_sec_jobs :reguser
\set VERBOSITY terse
DROP EXTENSION textfacts;
DROP EXTENSION textfacts CASCADE;
\set VERBOSITY default
SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = 'news'::regnamespace
  AND c.relkind IN ('r', 'v') ORDER BY 1;
SELECT count(*) AS triggers_left FROM pg_trigger WHERE tgrelid = 'news.articles'::regclass AND NOT tgisinternal;

\c :regdb :reguser
DROP DATABASE tf_sec_jobs;
DROP ROLE tf_sec_owen;
DROP ROLE tf_sec_wendy;
DROP ROLE tf_sec_rita;
DROP ROLE tf_sec_mallory;
