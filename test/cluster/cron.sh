# pg_cron keeps a tracked table current (issue 17): refresh is scheduled
# every minute, and within 150 s the facts of an inserted and an updated
# article appear (the fact table then holds exactly what extract() returns);
# then the job is unscheduled.  The cluster scripts/test starts preloads
# pg_cron with cron.use_background_workers = on: it listens on no TCP port,
# so pg_cron's default client connection to localhost would fail.  pg_cron
# 1.4 (Debian 12) has no seconds syntax, hence a one-minute schedule.
# Prints TAP.
set -u
n=0
check() {   # check NAME EXPECTED ACTUAL
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1 (expected '$2', got '$3')"; fi
}
psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
start=$(date +%s)

psql_q -c "DROP DATABASE IF EXISTS tf_cron WITH (FORCE)" -c "CREATE DATABASE tf_cron" >/dev/null
psql_q -d tf_cron >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION textfacts;
CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
INSERT INTO articles VALUES (1, '2024-10-08', 'Pakistan secured a $3 billion package.'),
                            (2, '2024-10-09', 'Russia agreed a €1.2bn deal.');
SELECT textfacts.track('articles', 'body', 'published');
CALL textfacts.refresh('articles');
INSERT INTO articles VALUES (3, '2024-10-10', 'Kenya signed a $1.5 billion loan with the World Bank.');
UPDATE articles SET body = 'Egypt borrowed $5 billion.' WHERE id = 1;
SQL
check "two rows queued" 2 "$(psql_q -d tf_cron -c 'SELECT count(*) FROM articles_queue')"

psql_q -c "CREATE EXTENSION IF NOT EXISTS pg_cron" >/dev/null 2>&1
job=$(psql_q -c "SELECT cron.schedule_in_database('tf-cron-refresh', '* * * * *', \$\$CALL textfacts.refresh('articles')\$\$, 'tf_cron')")
check "the job is scheduled" 1 "$([ -n "$job" ] && echo 1)"

diff_q="WITH want AS (SELECT a.id, e.* FROM articles a, textfacts.extract(a.body, a.published) e),
     have AS (SELECT id, kind, surface, norm, value, unit, pos, len, sentence, detail FROM articles_facts)
SELECT (SELECT count(*) FROM articles_queue) || ':' ||
       (SELECT count(*) FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) m) || ':' ||
       (SELECT count(*) FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) x)"
state=
while [ $(( $(date +%s) - start )) -lt 150 ]; do
    state=$(psql_q -d tf_cron -c "$diff_q")
    [ "$state" = "0:0:0" ] && break
    sleep 2
done
check "within 150 s the queue is empty and the facts are those of extract()" "0:0:0" "$state"
check "the updated article's new facts" "country:Egypt,money:\$5 billion" \
    "$(psql_q -d tf_cron -c "SELECT string_agg(kind || ':' || surface, ',' ORDER BY pos) FROM articles_facts WHERE id = 1")"
check "the inserted article's facts" "1" \
    "$(psql_q -d tf_cron -c "SELECT count(*) FROM articles_money WHERE id = 3 AND amount = 1500000000 AND currency = 'USD'")"
# the run is recorded as it ends: wait for it
status=
for _ in $(seq 1 20); do
    status=$(psql_q -c "SELECT status FROM cron.job_run_details WHERE jobid = $job ORDER BY runid LIMIT 1")
    [ "$status" = succeeded ] && break
    sleep 1
done
check "pg_cron's run succeeded" succeeded "$status"
check "status() shows the run" "t" \
    "$(psql_q -d tf_cron -c "SELECT rows_done = 4 AND last_end IS NOT NULL FROM textfacts.status()")"
check "the job is unscheduled" "t" "$(psql_q -c "SELECT cron.unschedule('tf-cron-refresh')")"
psql_q -c "DROP DATABASE tf_cron WITH (FORCE)" >/dev/null
echo "# $(( $(date +%s) - start )) s"
echo "1..$n"
