# pg_dump / pg_restore of a database that uses textfacts keeps the user
# dictionary's rows (pg_extension_config_dump), and extraction in the restored
# database finds them.  Runs against the cluster scripts/test started
# (PGHOST, PGPORT, PGUSER set; TF_PGBIN holds its binaries).  Prints TAP.
set -u
n=0
check() {   # check NAME EXPECTED ACTUAL
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1 (expected '$2', got '$3')"; fi
}
psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
dump=$(mktemp)
trap 'rm -f "$dump"' EXIT

psql_q -c "DROP DATABASE IF EXISTS tf_dump_src" -c "DROP DATABASE IF EXISTS tf_dump_dst" >/dev/null
psql_q -c "CREATE DATABASE tf_dump_src" >/dev/null
psql_q -d tf_dump_src >/dev/null <<'SQL'
CREATE EXTENSION textfacts;
INSERT INTO textfacts.dictionary (kind, name, aliases, norm)
VALUES ('org', 'Hub Power Company', '{HUBC}', NULL),
       ('place', 'Jordan', '{}', 'Jordan, Minnesota');
CREATE TABLE articles (id int PRIMARY KEY, body text);
INSERT INTO articles VALUES (1, 'HUBC and the Hub Power Company met in Jordan.'),
                            (2, 'Pakistan secured a $3 billion package.');
-- an expression index that pg_restore rebuilds under an empty search_path,
-- with the dictionary read by the loader during the build
CREATE INDEX articles_facts ON articles USING gin (textfacts.to_factvector(body));
SQL
"$TF_PGBIN/pg_dump" -Fc -d tf_dump_src -f "$dump"
check "pg_dump succeeds" 0 $?
psql_q -c "CREATE DATABASE tf_dump_dst" >/dev/null
"$TF_PGBIN/pg_restore" -d tf_dump_dst --exit-on-error "$dump"
check "pg_restore succeeds" 0 $?
check "the dictionary rows are restored" 2 "$(psql_q -d tf_dump_dst -c 'SELECT count(*) FROM textfacts.dictionary')"
check "extraction in the restored database uses them" \
    "org:Hub Power Company,org:Hub Power Company,place:Jordan, Minnesota" \
    "$(psql_q -d tf_dump_dst -c "SELECT string_agg(kind || ':' || norm, ',' ORDER BY pos) FROM articles, textfacts.extract(body) WHERE id = 1")"
check "the restored expression index answers a fact query" "1" \
    "$(psql_q -d tf_dump_dst -c "SET enable_seqscan = off" -c "SELECT string_agg(id::text, ',') FROM articles WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'org:\"Hub Power Company\"'")"
check "... through the index" "1" \
    "$(psql_q -d tf_dump_dst -c "SET enable_seqscan = off" -c "EXPLAIN SELECT id FROM articles WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'org:\"Hub Power Company\"'" | grep -c 'Bitmap Index Scan on articles_facts')"
psql_q -c "DROP DATABASE tf_dump_src" -c "DROP DATABASE tf_dump_dst" >/dev/null
echo "1..$n"
