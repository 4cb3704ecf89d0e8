#!/usr/bin/env bash
# bench/factsearch.sh — fact search at 100,000 articles.
#
# The 1,599 VOA articles (test/data/voa-news.txt.gz) repeated to
# ROWS rows (default 100,000) with varied ids and publication dates.  In one
# run it reports:
#   - the build time and size of a GIN index on to_factvector(body, published)
#     next to a GIN index on to_tsvector('english', body);
#   - for 10 selective fact queries: the median latency through the index and
#     by a sequential scan (on the expression, which extracts facts per row,
#     and on a stored generated column), and the planner's row estimate
#     against the actual rows.
# It installs into a private copy of PostgreSQL and runs a throwaway cluster
# of its own (like scripts/test), so it touches no other server.  Run by hand;
# it takes several minutes.
#
#   ROWS=N         table size (default 100000)
#   RUNS=N         runs per query through the index (default 7; median)
#   SCAN_RUNS=N    runs per query by sequential scan of the expression (default 3)
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
cd "$TF_ROOT"

IN=${IN:-}
ROWS=${ROWS:-100000}
RUNS=${RUNS:-7}
SCAN_RUNS=${SCAN_RUNS:-3}
if [ -n "$IN" ]; then
    [ -r "$IN" ] || { echo "bench: cannot read $IN" >&2; exit 1; }
    SRC="'$(realpath "$IN")'"
else
    # the VOA articles of the repository, unpacked by psql's client
    SRC="PROGRAM 'gzip -dc $TF_ROOT/test/data/voa-news.txt.gz'"
fi

tf_bench_cluster bench "shared_buffers = '512MB'" "maintenance_work_mem = '256MB'" \
    "work_mem = '64MB'"

psql() { command psql -X -q -v ON_ERROR_STOP=1 -P pager=off "$@"; }

tf_log "load $ROWS articles"
psql <<SQL
CREATE EXTENSION textfacts;
CREATE TABLE src (n serial PRIMARY KEY, body text);
\\copy src(body) FROM $SRC WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')
CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
-- every article again and again, each copy with its own id and date
INSERT INTO articles
SELECT g, date '2020-01-01' + (g * 7919 % 1826), s.body
FROM generate_series(1, $ROWS) g JOIN src s ON s.n = 1 + (g - 1) % (SELECT count(*) FROM src);
VACUUM ANALYZE articles;
SQL

tf_log "build the indexes"
psql <<'SQL'
\timing on
\echo GIN on to_factvector(body, published):
CREATE INDEX articles_facts ON articles USING gin (textfacts.to_factvector(body, published));
\echo GIN on to_tsvector('english', body):
CREATE INDEX articles_words ON articles USING gin (to_tsvector('english', body));
\echo stored generated column of facts:
ALTER TABLE articles ADD COLUMN facts textfacts.factvector
  GENERATED ALWAYS AS (textfacts.to_factvector(body, published)) STORED;
\echo GIN on the column:
CREATE INDEX articles_facts_col ON articles USING gin (facts);
\timing off
VACUUM ANALYZE articles;
SELECT c.relname AS index, pg_size_pretty(pg_relation_size(c.oid)) AS size,
       pg_relation_size(c.oid) AS bytes
FROM pg_class c WHERE c.relname IN ('articles_facts', 'articles_words', 'articles_facts_col')
ORDER BY c.relname;
SELECT pg_size_pretty(pg_table_size('articles')) AS table_size,
       (SELECT count(*) FROM articles) AS rows;
SQL

tf_log "10 selective fact queries: index against sequential scan"
psql <<SQL
SET search_path = public, textfacts;
CREATE TEMP TABLE queries (n int, q text);
INSERT INTO queries VALUES
  (1, 'country:PK & money:USD>=1e9'),
  (2, 'country:KP & country:KR & money'),
  (3, 'money:USD:1e8..2e8 & country:CN'),
  (4, 'country:IR & !country:US'),
  (5, 'country:VE & country:CU'),
  (6, 'money>=1e11 & !country:US'),
  (7, 'country:AF & country:PK & country:IN'),
  (8, 'place:"Latin America" & money'),
  (9, 'country:SD & money:USD<1e7'),
  (10, 'country:NP | country:BT');

-- run q n times with the given scan forced (or none); median execution time,
-- plan's row estimate, actual rows, and the scan that ran
CREATE FUNCTION measure(q text, how text, n int, expr bool,
                        OUT median_ms numeric, OUT est_rows bigint, OUT actual_rows bigint, OUT node text)
LANGUAGE plpgsql AS \$\$
DECLARE
  plan json;
  times numeric[] := '{}';
  sql text := format('EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM articles WHERE %s @@ %L',
                     CASE WHEN expr THEN 'textfacts.to_factvector(body, published)' ELSE 'facts' END, q);
BEGIN
  PERFORM set_config('enable_seqscan', (how <> 'index')::text, true);
  PERFORM set_config('enable_bitmapscan', (how <> 'scan')::text, true);
  PERFORM set_config('enable_indexscan', (how <> 'scan')::text, true);
  PERFORM set_config('max_parallel_workers_per_gather', '0', true);
  FOR i IN 1..n LOOP
    EXECUTE sql INTO plan;
    times := times || (plan->0->>'Execution Time')::numeric;
  END LOOP;
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) INTO median_ms FROM unnest(times) t;
  median_ms := round(median_ms, 2);
  est_rows := (plan->0->'Plan'->>'Plan Rows')::bigint;
  actual_rows := (plan->0->'Plan'->>'Actual Rows')::bigint;
  node := plan->0->'Plan'->>'Node Type';
  IF node = 'Bitmap Heap Scan' THEN node := 'Bitmap Index Scan'; END IF;
END \$\$;

\echo expression index (to_factvector(body, published)): default plan, and sequential scan forced
SELECT q.n, q.q, d.node AS default_plan, d.median_ms AS index_ms, s.median_ms AS scan_ms,
       round(s.median_ms / nullif(d.median_ms, 0)) AS speedup, d.est_rows AS estimated, d.actual_rows AS actual
FROM queries q, measure(q.q, 'default', $RUNS, true) d, measure(q.q, 'scan', $SCAN_RUNS, true) s
ORDER BY q.n;

\echo stored column (facts): default plan, and sequential scan forced
SELECT q.n, d.node AS default_plan, d.median_ms AS index_ms, s.median_ms AS scan_ms,
       round(s.median_ms / nullif(d.median_ms, 0), 1) AS speedup, d.est_rows AS estimated, d.actual_rows AS actual
FROM queries q, measure(q.q, 'default', $RUNS, false) d, measure(q.q, 'scan', $RUNS, false) s
ORDER BY q.n;
SQL
tf_log "done (parallel query off for the timings; ROWS=$ROWS RUNS=$RUNS SCAN_RUNS=$SCAN_RUNS)"
