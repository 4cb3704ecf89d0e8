#!/usr/bin/env bash
# bench/cli_compare.sh OLD NEW [INPUT] — the throughput of two builds of the
# CLI on the same input, measured in one run: the two binaries alternate
# (OLD, NEW, OLD, NEW, ...) so that a change of the machine's load touches
# both alike, and the best of N runs of each counts (default 5).  INPUT
# defaults to the 1,599 VOA articles (test/data/voa-news.txt.gz, 5.9 MB),
# REPEAT times over (default 4: runs of about two seconds, so that the
# timer's hundredths are a fine enough measure).
# Prints the seconds and MB/s of each, and NEW's throughput as a share of
# OLD's (a refactor may lose at most 3%).  Both binaries must print the same
# facts; the script says so or fails.
#
#   N=5        runs of each binary
#   REPEAT=4   copies of the VOA articles in the default input
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    echo "usage: bench/cli_compare.sh OLD NEW [INPUT]" >&2
    exit 2
fi
OLD=$1
NEW=$2
N=${N:-5}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if [ $# -gt 2 ]; then
    IN=$3
else
    IN=$TMP/voa.txt
    for _ in $(seq "${REPEAT:-4}"); do gzip -dc test/data/voa-news.txt.gz; done >"$IN"
fi

"$OLD" "$IN" >"$TMP/old.out"
"$NEW" "$IN" >"$TMP/new.out"
if cmp -s "$TMP/old.out" "$TMP/new.out"; then
    echo "output: identical ($(wc -l <"$TMP/old.out") facts)"
else
    echo "output: DIFFERS" >&2
    exit 1
fi

# seconds of one run (user + system: the CPU the engine spends, which the
# machine's other load disturbs less than the wall clock)
run() {
    { /usr/bin/time -f '%U %S' "$1" "$IN" >/dev/null; } 2>&1 | tail -n1 |
        awk '{ printf "%.2f\n", $1 + $2 }'
}
old_t=()
new_t=()
for k in $(seq "$N"); do
    old_t+=("$(run "$OLD")")
    new_t+=("$(run "$NEW")")
done
python3 - "$(wc -c <"$IN")" "${old_t[*]}" "${new_t[*]}" <<'PY'
import sys
mb = int(sys.argv[1]) / 1e6
old = [float(x) for x in sys.argv[2].split()]
new = [float(x) for x in sys.argv[3].split()]
bo, bn = min(old), min(new)
print("input: %.1f MB; %d runs of each, alternated" % (mb, len(old)))
print("old: runs %s  best %.2f s  %6.2f MB/s" % (" ".join("%.2f" % t for t in old), bo, mb / bo))
print("new: runs %s  best %.2f s  %6.2f MB/s" % (" ".join("%.2f" % t for t in new), bn, mb / bn))
print("new throughput / old: %.1f%%" % (100.0 * bo / bn))
PY
