-- Property: on the 1,599 VOA articles (test/data/voa-news.txt.gz), 200 fact
-- queries drawn at random (fixed seed) from the keys the articles hold —
-- names, prefixes, kinds alone, comparisons and ranges on figures, date
-- overlaps, with negations and combinations — return exactly the same rows
-- through the GIN index as by a sequential scan, each plan checked with
-- EXPLAIN.  Nothing depends on what the engine finds today: the queries are
-- built from whatever keys to_factvector() produces.
BEGIN;
SELECT plan(7);
SELECT setseed(0.2024);
SET LOCAL search_path = public, textfacts;

CREATE TEMP TABLE articles (id serial PRIMARY KEY, published date, body text);
\copy articles(body) FROM PROGRAM 'gzip -dc test/data/voa-news.txt.gz' WITH (FORMAT csv, DELIMITER E'\x02', QUOTE E'\x01')
UPDATE articles SET published = date '2023-01-01' + (id * 7 % 700);
ALTER TABLE articles ADD COLUMN facts factvector GENERATED ALWAYS AS (to_factvector(body, published)) STORED;
CREATE INDEX ON articles USING gin (facts);
ANALYZE articles;

SELECT cmp_ok((SELECT count(*) FROM articles), '>=', 1000::bigint, 'at least 1,000 articles');

-- ---- the keys present, and terms made from them ----
CREATE TEMP TABLE keys AS
SELECT u.key, count(*) AS docs, split_part(u.key, ':', 1) AS kind,
       substr(u.key, length(split_part(u.key, ':', 1)) + 2) AS rest
FROM articles a, textfacts.unnest(a.facts) u GROUP BY u.key;

CREATE FUNCTION pg_temp.quoted(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v ~ '^[A-Za-z_][A-Za-z0-9_.-]*$' AND v !~ '\.\.' THEN v
              ELSE '"' || replace(replace(v, '\', '\\'), '"', '\"') || '"' END
$$;

CREATE TEMP TABLE terms (q text);
-- names and unresolved dates by value, names by prefix
INSERT INTO terms
SELECT kind || ':' || pg_temp.quoted(rest) FROM keys
WHERE kind IN ('person', 'org', 'country', 'place', 'nationality') OR (kind = 'date' AND rest !~ '^\d{4}');
INSERT INTO terms
SELECT kind || ':' || pg_temp.quoted(left(rest, 1 + (random() * 3)::int)) || '*' FROM keys
WHERE kind IN ('person', 'org', 'place', 'date');
-- figures: comparisons with and without the unit, and ranges
INSERT INTO terms
SELECT kind || CASE WHEN random() < 0.6 THEN ':' || CASE WHEN unit = '' THEN '""' ELSE pg_temp.quoted(unit) END ELSE '' END
       || (ARRAY['>=', '>', '<', '<=', '='])[1 + floor(random() * 5)::int]
       || (value * (ARRAY[1, 0.5, 2, 10])[1 + floor(random() * 4)::int])
FROM (SELECT kind, regexp_replace(rest, ':[^:]*$', '') AS unit, regexp_replace(rest, '^.*:', '')::numeric AS value
      FROM keys WHERE kind IN ('money', 'percent', 'number', 'quantity')) f;
INSERT INTO terms
SELECT kind || CASE WHEN random() < 0.6 THEN ':' || CASE WHEN unit = '' THEN '""' ELSE pg_temp.quoted(unit) END ELSE '' END
       || ':' || least(round(value / 3, 2), value * 3) || '..' || greatest(round(value / 3, 2), value * 3)
FROM (SELECT kind, regexp_replace(rest, ':[^:]*$', '') AS unit, regexp_replace(rest, '^.*:', '')::numeric AS value
      FROM keys WHERE kind IN ('money', 'percent', 'number', 'quantity')) f;
-- dates: overlap, comparison, range
INSERT INTO terms
-- a range's norm is an ISO interval ("2020/2023"): quoted for an overlap,
-- and its first date for a comparison; a date the comparisons do not take
-- (a season, "2024-SU") is drawn as an overlap
SELECT CASE WHEN op <> ':' AND split_part(v, '/', 1) ~ '^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q\d|H\d))?$'
                 THEN 'date' || op || split_part(v, '/', 1)
            WHEN v LIKE '%/%' THEN 'date:"' || v || '"'
            ELSE 'date:' || v END
FROM (SELECT (ARRAY[':', '>=', '>', '<=', '<'])[1 + floor(random() * 5)::int] AS op,
             split_part(rest, '@', 1) AS v
      FROM keys WHERE kind = 'date' AND rest ~ '^\d{4}') d;
-- kinds alone
INSERT INTO terms SELECT unnest(ARRAY['person', 'org', 'country', 'place', 'nationality',
                                      'money', 'percent', 'number', 'quantity', 'date']);
-- every term parses
SELECT is((SELECT count(*) FROM terms t WHERE NOT EXISTS (SELECT t.q::factquery)), 0::bigint,
          'every drawn term parses');

-- ---- 200 queries of one to three terms ----
CREATE TEMP TABLE queries AS
SELECT n, CASE shape
    WHEN 0 THEN t[1]
    WHEN 1 THEN '!' || t[1]
    WHEN 2 THEN t[1] || ' & ' || t[2]
    WHEN 3 THEN t[1] || ' | ' || t[2]
    WHEN 4 THEN t[1] || ' & !' || t[2]
    WHEN 5 THEN '!(' || t[1] || ' & ' || t[2] || ')'
    WHEN 6 THEN '!' || t[1] || ' | ' || t[2]
    WHEN 7 THEN '(' || t[1] || ' | ' || t[2] || ') & !' || t[3]
    ELSE t[1] || ' & (' || t[2] || ' | !' || t[3] || ')'
  END AS q
FROM (SELECT n, floor(random() * 9)::int AS shape FROM generate_series(1, 200) n) s,
LATERAL (SELECT array_agg(q ORDER BY k) AS t
         FROM (SELECT k, (SELECT q FROM terms WHERE s.n > 0 AND k > 0 ORDER BY random() LIMIT 1) AS q
               FROM generate_series(1, 3) k) x) y;

-- ---- each query through the index and by a scan, plans checked ----
CREATE FUNCTION pg_temp.run(q text, via_index bool, OUT plan_ok bool, OUT ids int[])
LANGUAGE plpgsql AS $$
DECLARE
  plan text := '';
  line text;
BEGIN
  PERFORM set_config('enable_seqscan', CASE WHEN via_index THEN 'off' ELSE 'on' END, true);
  PERFORM set_config('enable_bitmapscan', CASE WHEN via_index THEN 'on' ELSE 'off' END, true);
  PERFORM set_config('enable_indexscan', CASE WHEN via_index THEN 'on' ELSE 'off' END, true);
  FOR line IN EXECUTE format('EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE facts @@ %L', q) LOOP
    plan := plan || line || E'\n';
  END LOOP;
  plan_ok := CASE WHEN via_index THEN plan ~ 'Bitmap Index Scan on articles_facts_idx' AND plan !~ 'Seq Scan'
                  ELSE plan ~ 'Seq Scan on articles' AND plan !~ 'Index' END;
  EXECUTE format('SELECT coalesce(array_agg(id ORDER BY id), ''{}'') FROM articles WHERE facts @@ %L', q) INTO ids;
END $$;

CREATE TEMP TABLE runs AS
SELECT q.n, q.q, i.plan_ok AS index_plan, i.ids AS index_ids, s.plan_ok AS scan_plan, s.ids AS scan_ids
FROM queries q, pg_temp.run(q.q, true) i, pg_temp.run(q.q, false) s;
RESET enable_seqscan;
RESET enable_bitmapscan;
RESET enable_indexscan;

SELECT is((SELECT count(*) FROM runs), 200::bigint, '200 queries ran');
SELECT is((SELECT count(*) FROM runs WHERE NOT index_plan), 0::bigint,
          'every query ran through the GIN index when the index was forced');
SELECT is((SELECT count(*) FROM runs WHERE NOT scan_plan), 0::bigint,
          'every query ran as a sequential scan when the scan was forced');
SELECT is((SELECT string_agg(q, ' ; ') FROM runs WHERE index_ids IS DISTINCT FROM scan_ids), NULL,
          'the index and the scan return exactly the same rows');
SELECT cmp_ok((SELECT count(*) FROM runs
               WHERE cardinality(scan_ids) > 0 AND cardinality(scan_ids) < (SELECT count(*) FROM articles)),
              '>=', 100::bigint, 'at least half the queries return neither no row nor every row');

SELECT * FROM finish();
ROLLBACK;
