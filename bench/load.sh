#!/usr/bin/env bash
# bench/load.sh — concurrent load on a tracked table (issue 20).
#
# A table of VOA articles (test/data/voa-news.txt.gz) is tracked
# (textfacts.track) and refreshed once, and has a GIN index on
# to_factvector(body, published).  Then, for LOAD_SECONDS (default 60):
#   pgbench, 4 clients: inserts of articles (weight 2), updates of an
#     article's body (3) and indexed fact queries (5, one of 20 queries);
#   pgbench, 2 clients: CALL textfacts.refresh('articles', 50), over and over.
# Afterwards the queue is drained by one last refresh and it checks (TAP):
#   - no pgbench client failed or aborted;
#   - the fact table equals extract() over the table, row for row (EXCEPT ALL
#     both ways: nothing lost, nothing twice);
#   - each of the 20 queries finds the same rows by the index (plan checked)
#     and by a sequential scan;
#   - the server was not restarted (pg_postmaster_start_time unchanged, no
#     backend crash in pg_stat_database's counters).
# and prints each pgbench's TPS and transaction counts.
#
# Runs against the server of PGHOST/PGPORT (scripts/test's cluster when run
# from test/cluster/load.sh); TF_PGBIN names the directory of pgbench and
# psql.  Makes and drops its own database (tf_load).
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_LOAD=${LOAD_SECONDS:-60}
BIN=${TF_PGBIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}
DB=tf_load
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PATH=$BIN:$PATH
. test/cluster/lib/tap.sh

psql_q -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
psql_q -c "CREATE DATABASE $DB" >/dev/null || { echo "not ok 1 - cannot create $DB"; exit 1; }
psql_q -d $DB >/dev/null <<'SQL'
CREATE EXTENSION textfacts;
CREATE TABLE pool (n serial PRIMARY KEY, body text);
SQL
load_voa $DB pool
npool=$(psql_q -d $DB -c "SELECT count(*) FROM pool")
psql_q -d $DB >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE TABLE articles (id bigserial PRIMARY KEY, published date, body text);
INSERT INTO articles (published, body)
SELECT date '2024-01-01' + n % 300, body FROM pool WHERE n <= 600;
SELECT textfacts.track('articles', 'body', 'published');
CALL textfacts.refresh('articles');
CREATE INDEX articles_fv ON articles USING gin (textfacts.to_factvector(body, published));
-- 20 queries of every kind of term
CREATE TABLE queries (k int PRIMARY KEY, q textfacts.factquery);
INSERT INTO queries VALUES
  (1, 'country:PK'), (2, 'country:US & country:CN'), (3, 'money:USD>=1e9'), (4, 'org:"United Nations"'),
  (5, 'percent>5'), (6, 'country:RU | country:UA'), (7, 'date>=2024-06'), (8, 'nationality:US & !country:US'),
  (9, 'money'), (10, 'person:Biden*'), (11, 'quantity'), (12, 'number>=1000'), (13, 'country:IR & !money'),
  (14, 'org:Reuters | org:"Associated Press"'), (15, 'date:2024'), (16, 'place'), (17, 'country:IN & percent'),
  (18, 'money:EUR | money:GBP'), (19, '!country:US & money>1e6'), (20, 'country:KP | country:KR');
ANALYZE;
SQL
maxid=$(psql_q -d $DB -c "SELECT max(id) FROM articles")
started=$(psql_q -d $DB -c "SELECT pg_postmaster_start_time()")

cat >"$WORK/insert.sql" <<EOF2
\\set n random(1, $npool)
INSERT INTO articles (published, body) SELECT date '2024-01-01' + :n % 300, body FROM pool WHERE n = :n;
EOF2
cat >"$WORK/update.sql" <<EOF2
\\set n random(1, $npool)
\\set id random(1, $maxid)
UPDATE articles SET body = (SELECT body FROM pool WHERE n = :n) WHERE id = :id;
EOF2
cat >"$WORK/query.sql" <<'EOF2'
\set k random(1, 20)
SELECT count(*) FROM articles WHERE textfacts.to_factvector(body, published) OPERATOR(textfacts.@@) (SELECT q FROM queries WHERE k = :k);
EOF2
cat >"$WORK/refresh.sql" <<'EOF2'
CALL textfacts.refresh('articles', 50);
EOF2

echo "# load: $SECONDS_LOAD s; pgbench 4 clients (insert 2, update 3, query 5) and 2 clients of refresh"
"$BIN/pgbench" -n -d $DB -c 4 -j 2 -T "$SECONDS_LOAD" -f "$WORK/insert.sql@2" -f "$WORK/update.sql@3" \
    -f "$WORK/query.sql@5" >"$WORK/main.out" 2>&1 &
main=$!
"$BIN/pgbench" -n -d $DB -c 2 -j 1 -T "$SECONDS_LOAD" -f "$WORK/refresh.sql" >"$WORK/refresh.out" 2>&1 &
refresh=$!
wait $main; main_rc=$?
wait $refresh; refresh_rc=$?
for w in main refresh; do
    grep -E '^(number of (transactions actually processed|failed transactions)|tps|SQL script| - [0-9]+ transactions|latency average)' \
        "$WORK/$w.out" | sed "s/^/# $w: /"
done
txn() { sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$WORK/$1.out"; }
failed() { sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/$1.out"; }
tps() { sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$WORK/$1.out"; }
aborted() { grep -cE 'client [0-9]+ aborted|ERROR|FATAL' "$WORK/$1.out"; }
check "pgbench of articles and queries: exit 0, no failed or aborted client" \
    "$([ $main_rc -eq 0 ] && [ "$(failed main)" = 0 ] && [ "$(aborted main)" = 0 ]; echo $?)" \
    "$(txn main) transactions, $(tps main) tps, $(failed main) failed, exit $main_rc"
check "pgbench of 2 concurrent refreshes: exit 0, no failed or aborted client" \
    "$([ $refresh_rc -eq 0 ] && [ "$(failed refresh)" = 0 ] && [ "$(aborted refresh)" = 0 ]; echo $?)" \
    "$(txn refresh) refreshes, $(tps refresh) tps, $(failed refresh) failed, exit $refresh_rc"
grep -E 'aborted|ERROR|FATAL' "$WORK/main.out" "$WORK/refresh.out" | head -n 5 | sed 's/^/# /'

psql_q -d $DB -c "SET client_min_messages = warning" -c "CALL textfacts.refresh('articles')" >/dev/null
counts=$(psql_q -d $DB -F ' ' <<'SQL'
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles_queue), (SELECT count(*) FROM articles_facts),
  (SELECT count(*) FROM (SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM articles_facts
                         EXCEPT ALL
                         SELECT a.id, f.kind, f.surface, f.norm, f.value, f.unit, f.pos, f.len, f.sentence, f.detail
                         FROM articles a, textfacts.extract(a.body, a.published) f) x),
  (SELECT count(*) FROM (SELECT a.id, f.kind, f.surface, f.norm, f.value, f.unit, f.pos, f.len, f.sentence, f.detail
                         FROM articles a, textfacts.extract(a.body, a.published) f
                         EXCEPT ALL
                         SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM articles_facts) y);
SQL
)
read -r narticles nqueue nfacts extra missing <<<"$counts"
check "after the load the fact table equals extract() over the table, row for row" \
    "$([ "$nqueue" = 0 ] && [ "$extra" = 0 ] && [ "$missing" = 0 ] && [ "$nfacts" -gt 0 ]; echo $?)" \
    "$narticles articles, $nfacts fact rows, $extra not in extract(), $missing missing, queue $nqueue"

same=0 differ=()
for k in $(seq 1 20); do
    r=$(psql_q -d $DB -F ' ' <<SQL
SET enable_seqscan = off;
SELECT q AS query FROM queries WHERE k = $k \\gset
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE textfacts.to_factvector(body, published) OPERATOR(textfacts.@@) :'query'::textfacts.factquery \\g $WORK/plan$k
SELECT count(*), coalesce(md5(string_agg(id::text, ',' ORDER BY id)), '') FROM articles
WHERE textfacts.to_factvector(body, published) OPERATOR(textfacts.@@) :'query'::textfacts.factquery;
SET enable_seqscan = on; SET enable_indexscan = off; SET enable_bitmapscan = off;
SELECT count(*), coalesce(md5(string_agg(id::text, ',' ORDER BY id)), '') FROM articles
WHERE textfacts.to_factvector(body, published) OPERATOR(textfacts.@@) :'query'::textfacts.factquery;
SQL
)
    idx=$(sed -n 1p <<<"$r") seq=$(sed -n 2p <<<"$r")
    if grep -q 'articles_fv' "$WORK/plan$k" && [ -n "$idx" ] && [ "$idx" = "$seq" ]; then
        same=$((same + 1))
    else
        differ+=("$k (index: ${idx:-?} $(grep -c articles_fv "$WORK/plan$k") plan lines; seq: ${seq:-?})")
    fi
done
check "20 queries: the index scan finds what the sequential scan finds" "$([ $same = 20 ]; echo $?)" \
    "$same of 20 the same${differ:+; differ: ${differ[*]}}"

now=$(psql_q -d $DB -c "SELECT pg_postmaster_start_time()")
check "the server was not restarted" "$([ "$now" = "$started" ]; echo $?)" "started $started, now $now"
psql_q -c "DROP DATABASE $DB" >/dev/null
echo "1..$n"
