-- Tracked tables (issue 17): track, refresh, status, untrack; the views and
-- the queries a dashboard runs; failing rows; bad input.  refresh's NOTICEs
-- carry a rate, so they are silenced here.
SET client_min_messages = warning;
SET search_path = public, textfacts;

CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
INSERT INTO articles VALUES
  (1, '2024-10-08', 'Pakistan secured a $3 billion package from the IMF. Officials in Islamabad welcomed it.'),
  (2, '2024-10-09', 'Russia and Pakistan agreed a €1.2bn deal. Inflation fell to 6.9 percent.'),
  (3, '2024-10-15', 'India said exports rose 5% to $40 billion last month.'),
  (4, '2024-11-02', 'Saudi Arabia will cut output by 1 million barrels per day; Pakistan paid $500 million.');

SELECT textfacts.track('articles', 'body', 'published') AS queued;
-- what track made, and who owns it
SELECT c.relname, c.relkind, pg_get_userbyid(c.relowner) = current_user AS owner_is_table_owner
FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relname LIKE 'articles\_%'
  AND c.relkind IN ('r', 'v') ORDER BY 1;
SELECT tgname FROM pg_trigger WHERE tgrelid = 'articles'::regclass AND NOT tgisinternal ORDER BY 1;
SELECT source, rows_queued, rows_done, rows_failed, facts FROM textfacts.status();

CALL textfacts.refresh('articles', 3);
SELECT source, rows_queued, rows_done, rows_failed, facts, last_rows, last_error,
       last_end >= last_start AS timed, rows_per_second > 0 AS rate
FROM textfacts.status();

-- the fact table holds exactly the rows extract() returns
CREATE FUNCTION facts_diff(OUT missing bigint, OUT extra bigint) LANGUAGE sql AS $$
  WITH want AS (SELECT a.id, e.* FROM articles a, textfacts.extract(a.body, a.published) e),
       have AS (SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM articles_facts)
  SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) m),
         (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) x) $$;
SELECT * FROM facts_diff();
SELECT DISTINCT engine = textfacts.engine_version() AS current_engine FROM articles_facts;

-- inserts and changed rows are queued; an update that leaves body, date and
-- key alone is not
INSERT INTO articles VALUES (5, '2024-11-20', 'Kenya signed a $1.5 billion loan with the World Bank.');
UPDATE articles SET body = body || ' Turkey grew 3%.' WHERE id = 2;
UPDATE articles SET published = '2024-10-10' WHERE id = 3;
UPDATE articles SET id = id WHERE id = 4;
SELECT id FROM articles_queue ORDER BY seq;
CALL textfacts.refresh('articles');
SELECT * FROM facts_diff();

-- a deleted article loses its facts; a changed key carries them along and
-- queues the new key
DELETE FROM articles WHERE id = 5;
UPDATE articles SET id = 40 WHERE id = 4;
SELECT id FROM articles_queue ORDER BY seq;
SELECT count(*) AS facts_of_5 FROM articles_facts WHERE id = 5;
CALL textfacts.refresh('articles');
SELECT * FROM facts_diff();

-- max_rows stops a run; the next one goes on
SELECT textfacts.requeue('articles') AS requeued;
CALL textfacts.refresh('articles', 1, 2);
SELECT rows_queued, last_rows FROM textfacts.status();
CALL textfacts.refresh('articles');
SELECT rows_queued FROM textfacts.status();
SELECT * FROM facts_diff();

-- a row whose extraction fails (an infinite date: 22023) is logged with its
-- key, leaves the queue and does not fail its batch
INSERT INTO articles VALUES (6, 'infinity', 'Egypt borrowed $3 billion.'),
                            (7, '2024-12-01', 'Egypt borrowed $2 billion.');
CALL textfacts.refresh('articles');
SELECT source, key, sqlstate, message FROM textfacts.failures;
SELECT rows_queued, rows_failed, last_error FROM textfacts.status();
SELECT count(*) FILTER (WHERE id = 6) AS facts_of_6, count(*) FILTER (WHERE id = 7) AS facts_of_7
FROM articles_facts;
-- fixed, it succeeds and leaves the log
UPDATE articles SET published = '2024-12-01' WHERE id = 6;
CALL textfacts.refresh('articles');
SELECT count(*) AS failures FROM textfacts.failures;
SELECT rows_failed, last_error FROM textfacts.status();
SELECT * FROM facts_diff();

-- the views: plain types only
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'v' AND c.relname LIKE 'articles\_%'
ORDER BY c.relname, a.attnum;
SELECT id, ref_date, amount, currency, approx, high, object, surface, sentence
FROM articles_money ORDER BY id, sentence, surface;
SELECT id, kind, name, country, title, surface FROM articles_entities ORDER BY id, surface;
SELECT id, ref_date, date_from, date_to, norm, surface FROM articles_dates ORDER BY id, surface;
SELECT id, kind, value, unit, approx, surface FROM articles_figures ORDER BY id, surface;
SELECT * FROM articles_daily ORDER BY day, kind;

-- the dashboard: top countries by number of articles per week
SELECT week, country, articles FROM (
  SELECT week, country, count(DISTINCT id) AS articles,
         rank() OVER (PARTITION BY week ORDER BY count(DISTINCT id) DESC) AS r
  FROM (SELECT date_trunc('week', ref_date)::date AS week, country, id
        FROM articles_entities WHERE kind = 'country') e
  GROUP BY week, country) t
WHERE r <= 3 ORDER BY week, articles DESC, country;
-- ... and total money per currency per month
SELECT date_trunc('month', ref_date)::date AS month, currency, sum(amount) AS total, count(*) AS mentions
FROM articles_money WHERE currency IS NOT NULL
GROUP BY 1, 2 ORDER BY 1, 2;

-- a table named to break quoting, a composite key, a timestamptz date
-- (its UTC day) and another dollar
CREATE TABLE "Weird ""name"" ; drop" (a int, "B" text, "Body" text, ts timestamptz, PRIMARY KEY (a, "B"));
INSERT INTO "Weird ""name"" ; drop" VALUES
  (1, 'x', 'The IMF lent Egypt $3 billion last week.', '2024-05-01 23:30-05'),
  (1, 'y', 'Canada spent $40 million on Monday.', '2024-05-06 12:00+00');
SELECT textfacts.track('"Weird ""name"" ; drop"', 'Body', 'ts', 'cad');
CALL textfacts.refresh('"Weird ""name"" ; drop"');
SELECT a, "B", ref_date, amount, currency FROM "Weird ""name"" ; drop_money" ORDER BY 1, 2;
SELECT a, "B", ref_date, date_from, date_to, norm FROM "Weird ""name"" ; drop_dates" ORDER BY 1, 2;
SELECT count(*) AS facts FROM "Weird ""name"" ; drop_facts";
SELECT source FROM textfacts.status() ORDER BY 1;
SELECT textfacts.untrack('"Weird ""name"" ; drop"');
SELECT relname FROM pg_class WHERE relname LIKE 'Weird%' ORDER BY 1;
SELECT count(*) AS triggers FROM pg_trigger WHERE tgrelid = '"Weird ""name"" ; drop"'::regclass;

-- bad input: a clear error, and nothing half-created
CREATE FUNCTION objects() RETURNS bigint LANGUAGE sql AS $$
  SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace)
       + (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal)
       + (SELECT count(*) FROM textfacts.tracked) $$;
SELECT objects() AS before \gset
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT textfacts.track('articles_money', 'surface');
CREATE TABLE nokey (id int, body text);
SELECT textfacts.track('nokey', 'body');
CREATE TABLE numbers (id int PRIMARY KEY, body int, note text, d text);
SELECT textfacts.track('numbers', 'body');
SELECT textfacts.track('numbers', 'nobody');
SELECT textfacts.track('numbers', 'note', 'nodate');
SELECT textfacts.track('numbers', 'note', 'd');
SELECT textfacts.track('numbers', 'note', NULL, 'XYZ');
SELECT textfacts.track('articles', 'body');
CREATE TABLE kinds (kind text PRIMARY KEY, body text);
SELECT textfacts.track('kinds', 'body');
CREATE TABLE a_table_whose_name_is_fifty_five_bytes_long_xxxxxxxxxxx (id int PRIMARY KEY, body text);
SELECT textfacts.track('a_table_whose_name_is_fifty_five_bytes_long_xxxxxxxxxxx', 'body');
CREATE TABLE taken (id int PRIMARY KEY, body text);
CREATE TABLE taken_daily ();
SELECT textfacts.track('taken', 'body');
CALL textfacts.refresh('numbers');
CALL textfacts.refresh('articles', 0);
SELECT textfacts.untrack('numbers');
SELECT textfacts.requeue('numbers');
\set VERBOSITY terse
SELECT objects() - :before AS new_objects_besides_the_test_tables;
DROP TABLE nokey, numbers, kinds, a_table_whose_name_is_fifty_five_bytes_long_xxxxxxxxxxx, taken, taken_daily;
SELECT objects() = :before AS nothing_half_created;

-- a committing procedure cannot run inside a transaction block
BEGIN;
CALL textfacts.refresh('articles');
ROLLBACK;

-- 200 VOA articles: the fact table holds exactly the rows extract() returns
CREATE TABLE voa (id serial PRIMARY KEY, published date, body text);
\copy voa (body) FROM PROGRAM 'gzip -dc test/data/voa-news.txt.gz | head -n 200'
UPDATE voa SET published = date '2024-01-01' + id % 60;
SELECT textfacts.track('voa', 'body', 'published') AS queued;
CALL textfacts.refresh('voa', 50);
SELECT rows_queued, rows_done, rows_failed, facts > 5000 AS many_facts
FROM textfacts.status() WHERE source = 'voa'::regclass;
SELECT (SELECT count(*) FROM (
          SELECT v.id, e.* FROM voa v, textfacts.extract(v.body, v.published) e
          EXCEPT ALL
          SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM voa_facts) m) AS missing,
       (SELECT count(*) FROM (
          SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM voa_facts
          EXCEPT ALL
          SELECT v.id, e.* FROM voa v, textfacts.extract(v.body, v.published) e) x) AS extra,
       (SELECT count(*) FROM voa_facts) = (SELECT count(*) FROM voa v, textfacts.extract(v.body, v.published)) AS same_count;
-- every date the views read is a date
SELECT count(*) > 0 AS dates_read FROM voa_dates WHERE date_from IS NOT NULL;

-- untrack removes everything track made
SELECT textfacts.untrack('voa');
SELECT textfacts.untrack('articles');
SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1;
SELECT count(*) AS registry_rows FROM textfacts.tracked;
SELECT textfacts.untrack('articles');
DROP TABLE voa, articles, "Weird ""name"" ; drop";
DROP FUNCTION facts_diff(), objects();
