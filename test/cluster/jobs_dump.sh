# pg_dump / pg_restore of a database with a tracked table (issue 17): the
# registry and the failure log (extension configuration tables), the queue
# and the fact table (ordinary tables of the table's owner), the triggers
# and the views come back, and the jobs go on in the restored database.
# Runs against the cluster scripts/test started (TF_PGBIN holds its
# binaries); prints TAP.
set -u
n=0
check() {   # check NAME EXPECTED ACTUAL
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1 (expected '$2', got '$3')"; fi
}
psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
dump=$(mktemp)
trap 'rm -f "$dump"' EXIT

psql_q -c "DROP DATABASE IF EXISTS tf_jdump_src" -c "DROP DATABASE IF EXISTS tf_jdump_dst" >/dev/null
psql_q -c "CREATE DATABASE tf_jdump_src" >/dev/null
psql_q -d tf_jdump_src >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION textfacts;
CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
\i data/sample/articles.sql
INSERT INTO articles VALUES (6, 'infinity', 'Egypt borrowed $3 billion.');
SELECT textfacts.track('articles', 'body', 'published');
CALL textfacts.refresh('articles');
UPDATE articles SET body = body || ' Turkey grew 3%.' WHERE id IN (1, 2);
SQL
src_status=$(psql_q -d tf_jdump_src -c "SELECT source, rows_queued, rows_done, rows_failed, facts FROM textfacts.status()")
check "before: two rows queued, five done, one failed" "articles|2|5|1|$(psql_q -d tf_jdump_src -c 'SELECT count(*) FROM articles_facts')" "$src_status"

"$TF_PGBIN/pg_dump" -Fc -d tf_jdump_src -f "$dump"
check "pg_dump succeeds" 0 $?
psql_q -c "CREATE DATABASE tf_jdump_dst" >/dev/null
"$TF_PGBIN/pg_restore" -d tf_jdump_dst --exit-on-error "$dump"
check "pg_restore succeeds" 0 $?
check "status() is the same after the restore" "$src_status" \
    "$(psql_q -d tf_jdump_dst -c "SELECT source, rows_queued, rows_done, rows_failed, facts FROM textfacts.status()")"
check "the failure log is restored" '{"id": 6}|22023' \
    "$(psql_q -d tf_jdump_dst -c "SELECT key, sqlstate FROM textfacts.failures")"
check "the queue is restored" "1,2" "$(psql_q -d tf_jdump_dst -c "SELECT string_agg(id::text, ',' ORDER BY seq) FROM articles_queue")"
check "the trigger queues new rows" "1,2,7" \
    "$(psql_q -d tf_jdump_dst -c "INSERT INTO articles VALUES (7, '2024-12-01', 'Kenya paid \$2 million.')" \
        -c "SELECT string_agg(id::text, ',' ORDER BY seq) FROM articles_queue")"
psql_q -d tf_jdump_dst -c "SET client_min_messages = warning" -c "CALL textfacts.refresh('articles')"
check "refresh goes on in the restored database" "0:0:0" \
    "$(psql_q -d tf_jdump_dst -c "WITH want AS (SELECT a.id, e.* FROM articles a, textfacts.extract(a.body, a.published) e WHERE a.id <> 6),
     have AS (SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM articles_facts)
SELECT (SELECT count(*) FROM articles_queue) || ':' ||
       (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) m) || ':' ||
       (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) x)")"
check "the views answer" "t" "$(psql_q -d tf_jdump_dst -c "SELECT count(*) > 5 FROM articles_money")"
psql_q -c "DROP DATABASE tf_jdump_src" -c "DROP DATABASE tf_jdump_dst" >/dev/null
echo "1..$n"
