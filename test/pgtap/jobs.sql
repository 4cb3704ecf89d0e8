-- Tracked tables (issue 17) on 200 VOA articles: track, a refresh stopped by
-- max_rows, a refresh cancelled mid-way (after some batches committed, in
-- a batch that waits for a lock), resumed: no fact lost, none twice, the
-- fact table exactly the rows extract() returns; the views' types; bad
-- input; untrack.  refresh commits, so this file runs outside a
-- transaction and cleans up after itself.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT plan(39);

CREATE TABLE tap_news (id int PRIMARY KEY, published date, body text);
CREATE TEMP TABLE voa_lines (body text);
\copy voa_lines FROM PROGRAM 'gzip -dc "$TF_ROOT/test/data/voa-news.txt.gz" | head -n 200'
INSERT INTO tap_news SELECT row_number() OVER (), NULL, body FROM voa_lines;
UPDATE tap_news SET published = date '2024-01-01' + id % 60;

SELECT is(textfacts.track('tap_news', 'body', 'published'), 200::bigint, 'track queues every row');
CREATE FUNCTION pg_temp.facts_diff(OUT missing bigint, OUT extra bigint) LANGUAGE sql AS $$
  WITH want AS (SELECT a.id, e.* FROM tap_news a, textfacts.extract(a.body, a.published) e),
       have AS (SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM tap_news_facts)
  SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) m),
         (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) x) $$;

SELECT has_table('public', 'tap_news_facts', 'the fact table');
SELECT has_table('public', 'tap_news_queue', 'the queue');
SELECT has_view('public', v, 'view ' || v) FROM unnest(ARRAY['tap_news_money', 'tap_news_entities',
    'tap_news_dates', 'tap_news_figures', 'tap_news_daily']::name[]) v;
SELECT fk_ok('public', 'tap_news_facts', ARRAY['id'], 'public', 'tap_news', ARRAY['id'],
             'the facts refer to their article');
SELECT has_index('public', 'tap_news_facts', 'tap_news_facts_kind_norm_idx', ARRAY['kind', 'norm'],
                 'the facts are indexed by (kind, norm)');

-- the views' types: the key's, and plain SQL types
SELECT col_type_is('public', 'tap_news_money', 'id', 'integer', 'money: the key');
SELECT col_type_is('public', 'tap_news_money', 'amount', 'numeric', 'money: amount numeric');
SELECT col_type_is('public', 'tap_news_money', 'currency', 'character(3)', 'money: currency char(3)');
SELECT col_type_is('public', 'tap_news_money', 'ref_date', 'date', 'money: ref_date date');
SELECT col_type_is('public', 'tap_news_entities', 'country', 'character(2)', 'entities: country char(2)');
SELECT col_type_is('public', 'tap_news_dates', 'date_from', 'date', 'dates: date_from date');
SELECT col_type_is('public', 'tap_news_figures', 'value', 'numeric', 'figures: value numeric');
SELECT is((SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
           WHERE c.relname LIKE 'tap\_news\_%' AND c.relkind = 'v' AND a.attnum > 0
             AND a.atttypid NOT IN ('int4'::regtype, 'int8'::regtype, 'numeric'::regtype,
                                    'text'::regtype, 'bpchar'::regtype, 'date'::regtype)),
          0::bigint, 'the views hold no jsonb and no textfacts type');

-- bad input
CREATE VIEW tap_view AS SELECT * FROM tap_news;
CREATE TABLE tap_nokey (id int, body text);
CREATE TABLE tap_ints (id int PRIMARY KEY, body int);
SELECT throws_ok($$SELECT textfacts.track('tap_view', 'body')$$, '42809', NULL, 'a view is refused');
SELECT throws_ok($$SELECT textfacts.track('tap_nokey', 'body')$$, '42P16', NULL, 'a table without a primary key is refused');
SELECT throws_ok($$SELECT textfacts.track('tap_ints', 'nobody')$$, '42703', NULL, 'a missing column is refused');
SELECT throws_ok($$SELECT textfacts.track('tap_ints', 'body')$$, '42804', NULL, 'a body that is not text is refused');
SELECT throws_ok($$SELECT textfacts.track('tap_news', 'body')$$, '42710', NULL, 'a tracked table is refused');
SELECT throws_ok($$CALL textfacts.refresh('tap_ints')$$, '42704', NULL, 'refresh of an untracked table is refused');
SELECT is((SELECT count(*) FROM pg_class WHERE (relname LIKE 'tap\_view\_%' OR relname LIKE 'tap\_nokey\_%'
              OR relname LIKE 'tap\_ints\_%') AND relname NOT LIKE '%\_pkey'), 0::bigint, 'nothing half-created');
DROP VIEW tap_view;
DROP TABLE tap_nokey, tap_ints;

-- a run stopped by max_rows
CALL textfacts.refresh('tap_news', 10, 50);
SELECT is((SELECT count(*) FROM tap_news_queue), 150::bigint, 'max_rows: 50 rows done, 150 left');

-- a run cancelled mid-way: it commits batches until another session takes
-- a SHARE lock on the fact table; its next batch waits, and is cancelled
SELECT format('dbname=%s host=%s port=%s user=%s', current_database(),
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port'), current_user) AS conninfo \gset
SELECT dblink_connect('worker', :'conninfo') AS worker, dblink_connect('locker', :'conninfo') AS locker \gset
SELECT count(*) AS facts_before FROM tap_news_facts \gset
SELECT dblink_exec('worker', 'SET client_min_messages = warning') AS set \gset
SELECT dblink_send_query('worker', $$CALL textfacts.refresh('tap_news', 2)$$) AS sent \gset
CREATE FUNCTION pg_temp.wait_for(cond text) RETURNS bool LANGUAGE plpgsql AS $$
DECLARE ok bool;
BEGIN
    FOR i IN 1 .. 6000 LOOP
        EXECUTE cond INTO ok;
        IF ok THEN RETURN true; END IF;
        PERFORM pg_sleep(0.005);
    END LOOP;
    RETURN false;
END $$;
SELECT ok(pg_temp.wait_for(format('SELECT count(*) > %s FROM tap_news_facts', :facts_before)),
          'the refresh commits batches');
SELECT dblink_exec('locker', 'BEGIN; LOCK TABLE tap_news_facts IN SHARE MODE') AS locked \gset
SELECT ok(pg_temp.wait_for($$SELECT EXISTS (SELECT FROM pg_stat_activity
                                            WHERE wait_event_type = 'Lock' AND query LIKE '%textfacts.refresh%')$$),
          'its next batch waits for the lock');
SELECT is(dblink_cancel_query('worker'), 'OK', 'the refresh is cancelled');
SELECT * FROM dblink_get_result('worker', false) AS t(r text);
SELECT dblink_exec('locker', 'COMMIT') AS unlocked \gset
SELECT ok((SELECT count(*) FROM tap_news_queue) > 0, 'rows are left in the queue');
SELECT ok((SELECT count(*) FROM tap_news_facts) > :facts_before, 'the batches it committed stay');
SELECT is((SELECT count(*) FROM tap_news_queue q WHERE NOT EXISTS (SELECT FROM tap_news_facts f WHERE f.id = q.id)),
          (SELECT count(*) FROM tap_news_queue), 'what is left has no facts yet');

-- resumed
CALL textfacts.refresh('tap_news', 40);
SELECT is((SELECT count(*) FROM tap_news_queue), 0::bigint, 'resumed: the queue is empty');
SELECT is((SELECT row(missing, extra)::text FROM pg_temp.facts_diff()), '(0,0)',
          'the fact table holds exactly the rows extract() returns: none lost, none twice');
SELECT is((SELECT rows_done FROM textfacts.status() WHERE source = 'tap_news'::regclass), 200::bigint,
          'status counts every row once');

SELECT dblink_disconnect('worker');
SELECT dblink_disconnect('locker');

-- untrack removes everything track made
SELECT lives_ok($$SELECT textfacts.untrack('tap_news')$$, 'untrack');
SELECT is((SELECT count(*) FROM pg_class WHERE relname LIKE 'tap\_news\_%' AND relname <> 'tap_news_pkey'),
          0::bigint, 'its tables and views are gone');
SELECT is((SELECT count(*) FROM pg_trigger WHERE tgrelid = 'tap_news'::regclass), 0::bigint, 'its triggers are gone');
SELECT is((SELECT count(*) FROM textfacts.tracked), 0::bigint, 'its registry row is gone');

DROP TABLE tap_news;
SELECT * FROM finish();
