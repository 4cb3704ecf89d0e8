#!/usr/bin/env bash
# bench/memory.sh — the memory of one call against the size of its text.
#
# The VOA articles (test/data/voa-news.txt.gz) concatenated into one document
# of 1, 10 and 100 MB; for each, extract() and to_factvector() run in a fresh
# connection and the backend's peak resident memory (VmHWM, from
# /proc/self/status) is read before and after.  Printed per size and function:
#   rise      VmHWM after the call minus VmHWM after one small call made first
#             (loading the library, ICU's data and the dictionary costs about
#             9 MB once per backend, whatever the text; the small call names
#             a person, so that the tagger's model is read then too)
#   cold      the same from the connection's start, that cost included
#   x         rise / input bytes: the issue's target is 8 at most
# and, with the default limits, repeat('1 ', N) for the issue's N and the
# largest N under textfacts.max_input_bytes: the SQLSTATE (54000 refused),
# the rise and the backend's CPU time.
# The big documents pass the default limits: the runs raise
# textfacts.max_input_bytes and textfacts.max_facts (the bench is superuser).
# It installs into a private copy of PostgreSQL and runs a throwaway cluster
# of its own (like scripts/test), so it touches no other server.  Run by hand;
# about two minutes.
#
#   SIZES="1 10 100"   sizes in MB
#   PROBES="2000000 4194304 10000000"   the N of repeat('1 ', N) ("" for none)
#   STAGEBIN=DIR       use PostgreSQL binaries with textfacts already
#                      installed (another build) instead of building this one
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
cd "$TF_ROOT"

SIZES=${SIZES:-"1 10 100"}
KEY=$(printf '%s' "$TF_ROOT" | md5sum | cut -c1-8)
BASE=/var/tmp/textfacts-membench-$KEY
STAGE=$BASE/stage
tf_cluster_env "$BASE"

tf_cluster_stop 2>/dev/null || true
if [ -z "${STAGEBIN:-}" ]; then
    tf_log "build and install into a private copy of PostgreSQL at $STAGE"
    make -s all >/dev/null
    STAGEBIN=$(tf_stage_install "$STAGE" 2>/dev/null)
fi

tf_log "start a throwaway cluster at $BASE"
trap 'tf_cluster_stop' EXIT
tf_cluster_start "$STAGEBIN" >/dev/null
psql -X -q -c "CREATE EXTENSION textfacts"

# the documents, where the server can read them
docs=$BASE/docs
mkdir -p "$docs"
chmod 755 "$docs"
for mb in $SIZES; do
    f=$docs/voa-$mb.txt
    [ -s "$f" ] && continue
    python3 - "$mb" "$f" <<'PY'
import gzip, sys
mb, out = int(sys.argv[1]), sys.argv[2]
src = gzip.open('test/data/voa-news.txt.gz', 'rb').read()
n = mb * 1024 * 1024
doc = (src * (n // len(src) + 1))[:n]
doc = doc[:doc.rfind(b'\n')]          # whole articles
open(out, 'wb').write(doc)
PY
    chmod 644 "$f"
done
tck=$(getconf CLK_TCK)

# measure SQL RAISE: one statement in a fresh connection; prints
# "SQLSTATE COLD RISE CPU_MS WALL_MS RESULT"
measure() {
    local sets=""
    [ "$2" = raise ] && sets="SET textfacts.max_input_bytes = 1073741823; SET textfacts.max_facts = 100000000;"
    psql -X -q -t -A 2>&1 <<SQL | awk '/^ERROR:/ { st = $2 } /^r=/ { sub(/^r=/, ""); r = $0 } END { print (st ? st : "ok"), r }'
\\set VERBOSITY sqlstate
CREATE TEMP VIEW usage AS
  SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\\s+(\\d+) kB'))[1]::bigint * 1024 AS hwm,
         (SELECT (f[12]::bigint + f[13]::bigint) * 1000 / $tck
          FROM string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') f) AS cpu_ms,
         clock_timestamp() AS t;
SELECT hwm AS hs FROM usage \\gset
$sets
SELECT count(*) FROM textfacts.extract('Pakistan paid \$3 billion to the IMF in Islamabad on Tuesday, Finance Minister Ahmed Khan said.') \\gset
SELECT pg_column_size(textfacts.to_factvector('Pakistan paid \$3 billion to the IMF.')) \\gset
SELECT hwm AS h0, cpu_ms AS c0, t AS t0 FROM usage \\gset
\\set res_n -
$1 \\gset res_
SELECT 'r=' || (hwm - :hs) || ' ' || (hwm - :h0) || ' ' || (cpu_ms - :c0) || ' '
       || round(extract(epoch FROM t - :'t0') * 1000) || ' ' || :'res_n' FROM usage;
SQL
}

printf '%-6s %-15s %12s %9s %9s %6s %9s %7s\n' size function bytes facts rise_MB x cold_MB secs
for mb in $SIZES; do
    f=$docs/voa-$mb.txt
    bytes=$(stat -c %s "$f")
    for fn in extract to_factvector; do
        if [ $fn = extract ]; then
            q="SELECT count(*) AS n FROM textfacts.extract(pg_read_file('$f'))"
        else
            q="SELECT count(*) AS n FROM textfacts.unnest(textfacts.to_factvector(pg_read_file('$f')))"
        fi
        read -r st cold rise cpu wall res < <(measure "$q" raise)
        if [ "$st" != ok ]; then
            printf '%-6s %-15s %12s  %s\n' "${mb}MB" "$fn()" "$bytes" "failed: $st"
            continue
        fi
        printf '%-6s %-15s %12d %9s %9.1f %6.2f %9.1f %7.2f\n' "${mb}MB" "$fn()" "$bytes" "$res" \
            "$(awk -v r="$rise" 'BEGIN { print r / 1048576 }')" \
            "$(awk -v r="$rise" -v b="$bytes" 'BEGIN { print r / b }')" \
            "$(awk -v r="$cold" 'BEGIN { print r / 1048576 }')" \
            "$(awk -v w="$wall" 'BEGIN { print w / 1000 }')"
    done
done
echo "(facts: rows of extract(); distinct keys of to_factvector())"

echo
printf '%-28s %-15s %-7s %9s %8s %8s\n' "text (default limits)" function state rise_MB cpu_ms wall_ms
for N in ${PROBES-2000000 4194304 10000000}; do
    for fn in extract to_factvector; do
        if [ $fn = extract ]; then
            q="SELECT count(*) AS n FROM textfacts.extract(repeat('1 ', $N))"
        else
            q="SELECT pg_column_size(textfacts.to_factvector(repeat('1 ', $N))) AS n"
        fi
        read -r st cold rise cpu wall res < <(measure "$q" default)
        printf '%-28s %-15s %-7s %9.1f %8s %8s\n' "repeat('1 ', $N)" "$fn()" "$st" \
            "$(awk -v r="${rise:-0}" 'BEGIN { print r / 1048576 }')" "$cpu" "$wall"
    done
done
tf_log "done"
