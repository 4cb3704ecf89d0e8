#!/usr/bin/env bash
# bench/tagger_throughput.sh — what the person tagger costs: the CLI on the
# 1,599 VOA articles (5.9 MB) with the tagger on (every kind) and off
# (--kinds without person, which skips the people stage), alternated in one
# run so that both see the same machine.  Prints the best and the median of
# N runs of each (default 7), in MB/s, and the share of the throughput kept
# with the tagger on.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s build/textfacts
IN=${1:-}
if [ -z "$IN" ]; then
    IN=$(mktemp)
    trap 'rm -f "$IN"' EXIT
    gzip -dc test/data/voa-news.txt.gz >"$IN"
fi
N=${N:-7}
OFF=org,country,place,nationality,money,percent,number,quantity,date
bytes=$(wc -c <"$IN")
on=() off=()
for _ in $(seq "$N"); do
    on+=("$( { /usr/bin/time -f '%e' build/textfacts --count "$IN" >/dev/null; } 2>&1 | tail -n1)")
    off+=("$( { /usr/bin/time -f '%e' build/textfacts --kinds "$OFF" --count "$IN" >/dev/null; } 2>&1 | tail -n1)")
done
python3 - "$bytes" "${on[*]}" "${off[*]}" <<'PY'
import statistics
import sys
mb = int(sys.argv[1]) / 1e6
on = [float(x) for x in sys.argv[2].split()]
off = [float(x) for x in sys.argv[3].split()]
for name, t in (("tagger on ", on), ("tagger off", off)):
    print(f"{name}: best {min(t):.2f} s ({mb / min(t):.2f} MB/s), median {statistics.median(t):.2f} s "
          f"({mb / statistics.median(t):.2f} MB/s)")
print(f"kept with the tagger on: best {min(off) / min(on):.0%}, "
      f"median {statistics.median(off) / statistics.median(on):.0%}")
PY
