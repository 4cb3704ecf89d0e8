#!/usr/bin/env python3
"""bench/figures_precision.py — precision of money and percent facts on real news.

A fixed-seed random sample of 50 money and percent facts that the CLI finds in
test/data/voa-news.txt.gz (1,599 VOA articles), each judged by hand in
bench/figures_precision_sample.tsv: "right", or "wrong" and why.

The sample is drawn by hashing: each fact's key (seed, article, position) is
hashed with SHA-1 and the 50 smallest hashes are the sample.  That is a uniform
random sample, and a stable one: a change to the engine that adds or drops
facts elsewhere leaves the sampled facts in place.

usage:
  bench/figures_precision.py sample   re-draws the sample into the TSV, keeping the
                                      verdicts of facts that did not change (new rows
                                      get verdict "?" to be judged by hand)
  bench/figures_precision.py check [--start N]
                                      TAP (numbered from N + 1): the TSV is the current
                                      engine's sample, every row is judged, and at least
                                      45 are right
"""
import csv
import gzip
import hashlib
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = os.path.join(ROOT, "test", "data", "voa-news.txt.gz")
TSV = os.path.join(ROOT, "bench", "figures_precision_sample.tsv")
CLI = os.path.join(ROOT, "build", "textfacts")
SEED = "textfacts-figures-2024"
SIZE = 50
MIN_RIGHT = 45
FIELDS = ["article", "pos", "len", "kind", "surface", "value", "unit", "detail", "context",
          "verdict", "why"]


def current_sample():
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        text = f.read()
    # the CLI numbers the lines of its standard input from 1, as of a file
    out = subprocess.run([CLI, "--kinds", "money,percent"], input=text, capture_output=True,
                         text=True, check=True).stdout
    articles = text.split("\n")
    facts = []
    for line in out.splitlines():
        f = json.loads(line)
        h = hashlib.sha1(("%s:%s:%d" % (SEED, f["id"], f["pos"])).encode()).hexdigest()
        facts.append((h, f))
    facts.sort(key=lambda x: x[0])
    rows = []
    for _, f in facts[:SIZE]:
        text = articles[int(f["id"]) - 1]
        p = f["pos"] - 1
        context = (text[max(0, p - 80):p] + "[[" + text[p:p + f["len"]] + "]]" +
                   text[p + f["len"]:p + f["len"] + 60]).replace("\t", " ")
        rows.append({"article": str(f["id"]), "pos": str(f["pos"]), "len": str(f["len"]),
                     "kind": f["kind"], "surface": f["surface"],
                     "value": "" if f["value"] is None else str(f["value"]),
                     "unit": f["unit"] or "", "detail": json.dumps(f["detail"], sort_keys=True),
                     "context": context, "verdict": "?", "why": ""})
    return sorted(rows, key=lambda r: (int(r["article"]), int(r["pos"])))


def same(a, b):
    return all(a[k] == b[k] for k in ("article", "pos", "len", "kind", "value", "unit", "detail"))


def read_tsv():
    if not os.path.exists(TSV):
        return []
    with open(TSV, encoding="utf-8", newline="") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def sample():
    old = read_tsv()
    rows = current_sample()
    for r in rows:
        for o in old:
            if same(r, o):
                r["verdict"], r["why"] = o["verdict"], o["why"]
    with open(TSV, "w", encoding="utf-8", newline="") as f:
        f.write("# money and percent facts of the CLI on voa-news.txt: a random sample drawn by\n"
                "# bench/figures_precision.py, each judged by hand (verdict: right/wrong, why)\n")
        w = csv.DictWriter(f, fieldnames=FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    todo = sum(1 for r in rows if r["verdict"] not in ("right", "wrong"))
    print("%s: %d rows, %d to judge" % (TSV, len(rows), todo))


def check(start=0):
    if not os.path.exists(NEWS):
        print("not ok %d - %s not found" % (start + 1, NEWS))
        return 1
    rows = read_tsv()
    cur = current_sample()
    n = start

    def tap(good, msg):
        nonlocal n
        n += 1
        print("%s %d - %s" % ("ok" if good else "not ok", n, msg))

    stale = [r for r in cur if not any(same(r, o) for o in rows)]
    tap(not stale and len(rows) == SIZE,
        "the committed sample is the engine's sample" +
        (" (%d facts changed: re-run bench/figures_precision.py sample and judge them)"
         % len(stale) if stale else ""))
    judged = [r for r in rows if r["verdict"] in ("right", "wrong")]
    tap(len(judged) == len(rows), "every sampled fact is judged (%d of %d)" % (len(judged), len(rows)))
    tap(all(r["why"] for r in rows if r["verdict"] == "wrong"), "every wrong fact says why")
    right = sum(1 for r in rows if r["verdict"] == "right")
    tap(right >= MIN_RIGHT, "precision on news: %d of %d right (>= %d)" % (right, len(rows), MIN_RIGHT))
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    start = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--start" else 0
    sys.exit(sample() if cmd == "sample" else check(start))
