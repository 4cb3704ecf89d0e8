-- ANALYZE statistics of factvector and the selectivity of @@ built on them.
SET search_path = public, textfacts;

-- 1,000 rows with known key frequencies: country:PK in 30%, country:RU in
-- 10% (independently of PK), amounts in dollars 1..1000, one rare key
CREATE TABLE stats_docs (id int, v factvector);
INSERT INTO stats_docs
SELECT g, (CASE WHEN g % 10 < 3 THEN '''country:PK'' ' ELSE '' END
        || CASE WHEN g % 7 = 0 THEN '''country:RU'' ' ELSE '' END
        || format('''money:USD:%s''', g)
        || CASE WHEN g = 500 THEN ' ''org:Rare Org''' ELSE '' END)::factvector
FROM generate_series(1, 1000) g;
INSERT INTO stats_docs VALUES (0, NULL);
ANALYZE stats_docs;
SELECT null_frac, array_length(most_common_elems::text::text[], 1) AS kept_keys,
       most_common_elem_freqs[array_length(most_common_elem_freqs, 1) - 1] AS least_frequency
FROM pg_stats WHERE tablename = 'stats_docs' AND attname = 'v';

CREATE FUNCTION pg_temp.rows(q text, OUT estimated int, OUT actual int) LANGUAGE plpgsql AS $$
DECLARE p json;
BEGIN
  EXECUTE format('EXPLAIN (ANALYZE, FORMAT JSON) SELECT 1 FROM stats_docs WHERE v @@ %L', q) INTO p;
  estimated := (p->0->'Plan'->>'Plan Rows')::int;
  actual := (p->0->'Plan'->>'Actual Rows')::int;
END $$;
SELECT q, r.estimated, r.actual
FROM unnest(ARRAY['country:PK', 'country:RU', 'country:PK & country:RU', 'country:PK | country:RU',
                  '!country:PK', 'country', 'money:USD<=100', 'money:USD:101..200 & country:PK',
                  'org:"Rare Org"', 'org:"Missing Org"', 'person']) q,
     pg_temp.rows(q) r;
-- with the query on the left, the same estimate
CREATE FUNCTION pg_temp.estimate(sql text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE p json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || sql INTO p;
  RETURN (p->0->'Plan'->>'Plan Rows')::int;
END $$;
SELECT pg_temp.estimate('SELECT 1 FROM stats_docs WHERE ''country:PK''::factquery @@ v') AS query_left,
       pg_temp.estimate('SELECT 1 FROM stats_docs WHERE v @@ ''country:PK''') AS query_right;
-- without statistics: contsel's constant, 0.1% of the rows the planner assumes
CREATE TABLE fresh_docs (v factvector);
SELECT pg_temp.estimate('SELECT 1 FROM fresh_docs WHERE v @@ ''country:PK''') AS no_statistics;
DROP TABLE stats_docs, fresh_docs;
