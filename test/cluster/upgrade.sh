# Upgrade from 0.1.0 (issue 20).  A database installs textfacts 0.1.0 (its
# script is kept) and fills a table with an expression GIN index on
# to_factvector(), a stored generated factvector column with a GIN index of
# its own, and 20 queries' answers through each index and by sequential
# scans.  Then:
#   - the library keeps every C symbol the 0.1.0 script names (nm -D), so a
#     database still at 0.1.0 keeps working: the answers above were made by
#     this library under the 0.1.0 SQL;
#   - pg_dump of the 0.1.0 database restores (pg_restore) into another one,
#     where it is installed at 0.2.0 (pg_dump names no version);
#   - ALTER EXTENSION textfacts UPDATE: when the library's engine is still
#     100 (0.1.0's), no warning and every answer unchanged; when it is
#     another, a WARNING naming each dependent index and generated column
#     with its command.  The second case is seen whatever the engine: a copy
#     of the 0.1.0 database updates with textfacts_update.engine set to
#     another version, and must name the expression index and the generated
#     column (and not the index on the column), with commands that, once
#     run, leave index and sequential scans agreeing;
#   - pg_dump/pg_restore of the updated database keeps the answers.
# Runs against the cluster scripts/test started (PGHOST, PGPORT, PGUSER;
# TF_PGBIN holds its binaries).  Prints TAP.
set -u
cd "$(dirname "$0")/../.."
. test/cluster/lib/tap.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DBS="tf_up tf_up_copy tf_up_restored tf_up_after"
for d in $DBS; do psql_q -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
psql_q -c "CREATE DATABASE tf_up" >/dev/null

psql_q -d tf_up >/dev/null <<'SQL'
CREATE EXTENSION textfacts VERSION '0.1.0';
CREATE TABLE docs (id int PRIMARY KEY, published date, body text,
                   fv textfacts.factvector GENERATED ALWAYS AS (textfacts.to_factvector(body)) STORED);
CREATE TABLE pool (n serial, body text);
SQL
load_voa tf_up pool 400
psql_q -d tf_up >/dev/null <<'SQL'
INSERT INTO docs (id, published, body) SELECT n, date '2024-01-01' + n, body FROM pool;
DROP TABLE pool;
CREATE INDEX docs_expr ON docs USING gin (textfacts.to_factvector(body));
CREATE INDEX docs_fv ON docs USING gin (fv);
CREATE TABLE queries (k int PRIMARY KEY, q text);
INSERT INTO queries VALUES
  (1, 'country:PK'), (2, 'country:US & country:CN'), (3, 'money:USD>=1e9'), (4, 'org:"United Nations"'),
  (5, 'percent>5'), (6, 'country:RU | country:UA'), (7, 'date>=2020'), (8, 'nationality:US & !country:US'),
  (9, 'money'), (10, 'person:Biden*'), (11, 'quantity'), (12, 'number>=1000'), (13, 'country:IR & !money'),
  (14, 'org:Reuters | org:"Associated Press"'), (15, 'date:2024'), (16, 'place'), (17, 'country:IN & percent'),
  (18, 'money:EUR | money:GBP'), (19, '!country:US & money>1e6'), (20, 'country:KP | country:KR');
ANALYZE docs;
SQL

# answers DB: per query, the ids by each index and by sequential scans
answers() {
    psql_q -d "$1" <<'SQL'
CREATE TEMP TABLE a (k int, way text, ids text);
DO $$
DECLARE r record; x text;
BEGIN
  FOR r IN SELECT k, q FROM queries ORDER BY k LOOP
    SET LOCAL enable_seqscan = off;
    EXECUTE format('SELECT string_agg(id::text, '','' ORDER BY id) FROM docs WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) %L::textfacts.factquery', r.q) INTO x;
    INSERT INTO a VALUES (r.k, 'expression index', x);
    EXECUTE format('SELECT string_agg(id::text, '','' ORDER BY id) FROM docs WHERE fv OPERATOR(textfacts.@@) %L::textfacts.factquery', r.q) INTO x;
    INSERT INTO a VALUES (r.k, 'column index', x);
    SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off;
    EXECUTE format('SELECT string_agg(id::text, '','' ORDER BY id) FROM docs WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) %L::textfacts.factquery', r.q) INTO x;
    INSERT INTO a VALUES (r.k, 'expression seq', x);
    EXECUTE format('SELECT string_agg(id::text, '','' ORDER BY id) FROM docs WHERE fv OPERATOR(textfacts.@@) %L::textfacts.factquery', r.q) INTO x;
    INSERT INTO a VALUES (r.k, 'column seq', x);
    RESET enable_seqscan; RESET enable_indexscan; RESET enable_bitmapscan;
  END LOOP;
END $$;
SELECT k || ' ' || way || ' ' || md5(coalesce(ids, '')) || ' ' || coalesce(array_length(string_to_array(ids, ','), 1), 0) FROM a ORDER BY k, way;
SQL
}
# agree FILE: every query gives one answer by all four ways
agree() { awk '{a[$1] = a[$1] " " $(NF-1)} END {for (k in a) {split(a[k], v, " "); for (i in v) if (v[i] != v[1]) bad++} print bad + 0}' "$1"; }

answers tf_up >"$work/before"
nonempty=$(awk '$NF > 0' "$work/before" | wc -l)
check "0.1.0 with this library: 20 queries agree by both indexes and sequential scans" \
    "$([ "$(agree "$work/before")" = 0 ] && [ "$(wc -l <"$work/before")" = 80 ] && [ "$nonempty" -ge 40 ]; echo $?)" \
    "$(wc -l <"$work/before") answers, $nonempty not empty"

# every C symbol the 0.1.0 script names is in the library
lib=$(psql_q -c "SELECT setting FROM pg_config WHERE name = 'PKGLIBDIR'")/textfacts.so
syms=$(grep -o "'MODULE_PATHNAME', *'[A-Za-z0-9_]*'" src/sql/textfacts--0.1.0.sql | sed "s/.*'\([A-Za-z0-9_]*\)'$/\1/" | sort -u)
missing=$(for s in $syms; do nm -D --defined-only "$lib" | awk '{print $3}' | grep -qx "$s" || echo "$s"; done)
check "the library exports every C symbol of the 0.1.0 script" "$([ -z "$missing" ] && [ -n "$syms" ]; echo $?)" \
    "$(echo $syms | wc -w) symbols, missing: ${missing:-none}"

# a copy of the 0.1.0 database, for the update that sees another engine
psql_q -c "CREATE DATABASE tf_up_copy TEMPLATE tf_up" >/dev/null
# dump_restore NAME SRC DST ANSWERS: pg_dump -Fc of SRC, pg_restore into a
# new DST, whose answers must be those of the file ANSWERS
dump_restore() {
    "$TF_PGBIN/pg_dump" -Fc -d "$2" -f "$work/$3.dump"
    psql_q -c "CREATE DATABASE $3" >/dev/null
    "$TF_PGBIN/pg_restore" -d "$3" "$work/$3.dump" 2>"$work/$3.err"
    answers "$3" >"$work/$3.answers"
    check "$1: exit 0, answers the same" \
        "$([ ! -s "$work/$3.err" ] && cmp -s "$4" "$work/$3.answers"; echo $?)" \
        "$(psql_q -d "$3" -c "SELECT extversion FROM pg_extension WHERE extname = 'textfacts'") restored; $(head -c 200 "$work/$3.err")"
}
# a dump of 0.1.0 restored: pg_dump writes CREATE EXTENSION without a
# version, so the restore installs the default version, 0.2.0, afresh
dump_restore "pg_dump of 0.1.0, pg_restore with 0.2.0 installed" tf_up tf_up_restored "$work/before"

# the update
engine=$(psql_q -d tf_up -c "SELECT textfacts.engine_version(textfacts.to_factvector('Pakistan'))")
# stored vectors of another engine than the library's (none here: this
# library filled the 0.1.0 database too), which the update must name
stale=$(psql_q -d tf_up -c "SELECT count(*) FROM docs WHERE textfacts.engine_version(fv) <> $engine")
psql -X -q -v ON_ERROR_STOP=1 -d tf_up -c "ALTER EXTENSION textfacts UPDATE" >"$work/update.out" 2>&1
rc=$?
version=$(psql_q -d tf_up -c "SELECT extversion FROM pg_extension WHERE extname = 'textfacts'")
check "ALTER EXTENSION textfacts UPDATE" "$([ $rc = 0 ] && [ "$version" = 0.2.0 ]; echo $?)" "exit $rc, version $version"
answers tf_up >"$work/after"
if [ "$engine" = 100 ]; then
    check "the engine is still 100: the update warns of nothing" \
        "$(! grep -q WARNING "$work/update.out"; echo $?)" "$(grep -c WARNING "$work/update.out") warnings"
    check "the engine is still 100: every answer is unchanged" "$(cmp -s "$work/before" "$work/after"; echo $?)" \
        "$(diff "$work/before" "$work/after" | grep -c '^>') answers differ"
else
    # the expression index cannot be read back: it is named; the generated
    # column is named only if it stores vectors of another engine
    if [ "$stale" -gt 0 ]; then col=0; else col=1; fi
    check "the engine is $engine, not 100: the update names index docs_expr, and column docs.fv only with stale vectors ($stale)" \
        "$(grep -q 'WARNING:  index public.docs_expr ' "$work/update.out" &&
           [ "$(grep -q 'WARNING:  generated column public.docs.fv ' "$work/update.out"; echo $?)" = $col ] &&
           ! grep -q 'index public.docs_fv ' "$work/update.out"; echo $?)" \
        "$(grep -c WARNING "$work/update.out") warnings"
fi

# the warnings whatever the engine: the copy of the 0.1.0 database updates as if
# its library's engine were 101; then the commands the hints give are run
PGOPTIONS="-c textfacts_update.engine=101" psql -X -q -v ON_ERROR_STOP=1 -d tf_up_copy \
    -c "ALTER EXTENSION textfacts UPDATE" >"$work/update2.out" 2>&1
sed 's/^/# /' "$work/update2.out"
check "an engine of 101: WARNING for index docs_expr with REINDEX, for generated column docs.fv with UPDATE" \
    "$(grep -q 'WARNING:  index public.docs_expr on table public.docs holds facts of textfacts engine 100, not of engine 101' "$work/update2.out" &&
       grep -q 'HINT:  Run: REINDEX INDEX CONCURRENTLY public.docs_expr;' "$work/update2.out" &&
       grep -q 'WARNING:  generated column public.docs.fv holds facts of another textfacts engine than engine 101' "$work/update2.out" &&
       grep -q 'HINT:  Run: UPDATE public.docs SET body = body;' "$work/update2.out"; echo $?)" \
    "$(grep -c WARNING "$work/update2.out") warnings"
check "... and no other object: not the index on the column, which follows the column" \
    "$([ "$(grep -c WARNING "$work/update2.out")" = 2 ]; echo $?)" "$(grep WARNING "$work/update2.out" | cut -c1-60 | tr '\n' ';')"
cmds=$(sed -n 's/^HINT:  Run: //p' "$work/update2.out")
psql_q -d tf_up_copy -c "$(grep REINDEX <<<"$cmds")" -c "$(grep UPDATE <<<"$cmds")" >/dev/null
answers tf_up_copy >"$work/rebuilt"
check "after the hinted commands the indexes and sequential scans agree" "$([ "$(agree "$work/rebuilt")" = 0 ]; echo $?)" \
    "$(wc -l <"$work/rebuilt") answers"

# a dump of the updated database
dump_restore "pg_dump/pg_restore of the updated database" tf_up tf_up_after "$work/after"

for d in $DBS; do psql_q -c "DROP DATABASE $d" >/dev/null; done
echo "1..$n"
