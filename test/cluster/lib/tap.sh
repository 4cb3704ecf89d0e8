# test/cluster/lib/tap.sh — sourced by cluster tests and bench/load.sh, from
# the repository's root: TAP lines, psql for scripts, and the VOA articles
# as a table.  Not a test itself (scripts/test runs test/cluster/*.sh).
n=0
# check NAME CONDITION-RESULT(0/1) DETAIL: one TAP line
check() {
    n=$((n + 1))
    if [ "$2" = 0 ]; then echo "ok $n - $1 ($3)"; else echo "not ok $n - $1 ($3)"; fi
}
psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
# load_voa DB TABLE [N]: the VOA articles (test/data/voa-news.txt.gz), one a
# row, into column body of TABLE in DB; the first N of them when N is given
load_voa() {
    zcat test/data/voa-news.txt.gz | head -n "${3:-2000000}" |
        psql_q -d "$1" -c "\\copy $2(body) FROM STDIN WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')" >/dev/null
}
