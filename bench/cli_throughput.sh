#!/usr/bin/env bash
# bench/cli_throughput.sh — the engine's throughput through the CLI on the
# 1,599 VOA articles (5.9 MB), next to a baseline run in the same session:
# `wc -w` over the same file (a lower bound of reading and splitting text).
# Prints MB/s of each and their ratio; best of N runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-5}
if [ $# -gt 0 ]; then
    IN=$1
else
    # the VOA articles of the repository, unpacked once for the timed runs
    IN=$(mktemp)
    trap 'rm -f "$IN"' EXIT
    gzip -dc test/data/voa-news.txt.gz >"$IN"
fi
make -s build/textfacts
bytes=$(wc -c <"$IN")
best() {
    local b=999999 t
    for _ in $(seq "$N"); do
        t=$( { /usr/bin/time -f '%e' "$@" >/dev/null; } 2>&1 | tail -n1)
        b=$(python3 -c "print(min($b, $t))")
    done
    echo "$b"
}
t_cli=$(best build/textfacts "$IN")
t_wc=$(best wc -w "$IN")
facts=$(build/textfacts --count "$IN")
python3 - "$bytes" "$t_cli" "$t_wc" "$facts" <<'PY'
import sys
b, tc, tw, facts = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
mb = b / 1e6
print(f"input: {mb:.1f} MB; {facts}")
print(f"textfacts CLI: {tc:.2f} s  {mb / max(tc, 1e-3):7.1f} MB/s")
print(f"wc -w:         {tw:.2f} s  {mb / max(tw, 1e-3):7.1f} MB/s")
print(f"ratio (textfacts time / wc time): {tc / max(tw, 1e-3):.1f}")
PY
