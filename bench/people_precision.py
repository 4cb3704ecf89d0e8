#!/usr/bin/env python3
"""bench/people_precision.py — persons on real news, judged by hand (issue 16).

A random sample of 100 person facts that the CLI finds in
test/data/voa-news.txt.gz (1,599 VOA articles), drawn by hashing as
bench/figures_precision.py draws the figures (the facts with the smallest
SHA-1 of "seed:article:pos": uniform, and stable under changes elsewhere).
Each is judged by hand in bench/judged_person.tsv on two questions:

  norm    right if the fact is a person and its norm is the person's full
          name as the document gives it (the longest form the article uses:
          "Khawaja Muhammad Asif" for a later "Asif"); wrong otherwise, a
          fact that is no person included
  title   right if the article gives this mention a title or role and
          detail.title is it; wrong if the article gives one and the title is
          missing or other, or if it gives none and a title is there; "none"
          where the article gives no title and the fact has none (not counted)

usage:
  bench/people_precision.py sample    re-draws the sample into the TSV, keeping
                                      the verdicts of facts that did not change
                                      (new rows get "?")
  bench/people_precision.py report    n, right, share and Wilson 95% lower
                                      bound of each question, beside issue 16's
                                      targets
  bench/people_precision.py check [--start N]
                                      TAP: the TSV is the current engine's
                                      sample and every row is judged
"""
import csv
import gzip
import hashlib
import json
import os
import subprocess
import sys

from figures_precision import CLI, NEWS, ROOT, read_judged, wilson_lower

SEED = "textfacts-people-2026"
SIZE = 100
TSV = os.path.join(ROOT, "bench", "judged_person.tsv")
TARGETS = {"norm": 0.95, "title": 0.90}
FIELDS = ["article", "pos", "len", "surface", "norm", "title", "country", "entity",
          "context", "names", "norm_verdict", "title_verdict", "why"]
KEY = ("article", "pos", "len", "norm", "title", "country")
HEADER = """\
# person facts of the CLI on test/data/voa-news.txt.gz: the {size} facts with
# the smallest SHA-1 of "{seed}:article:pos", drawn by bench/people_precision.py
# sample; each judged by hand (issue 16).  norm_verdict: right or wrong (is it a
# person, and is norm the full name the article gives?); title_verdict: right,
# wrong or none (see the script's first comment); why: what is wrong.  context:
# 100 characters before the span, the span in [[ ]], 60 after; names: the
# article's other person facts (surface=norm), to judge the full name.
"""


def engine_persons():
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        text = f.read()
    out = subprocess.run([CLI, "--kinds", "person"], input=text, capture_output=True,
                         text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()], text.split("\n")


def key_hash(f):
    return hashlib.sha1(("%s:%s:%d" % (SEED, f["id"], f["pos"])).encode()).hexdigest()


def current_sample():
    facts, articles = engine_persons()
    by_article = {}
    for f in facts:
        by_article.setdefault(f["id"], []).append(f)
    pool = sorted(facts, key=lambda f: (key_hash(f), f["len"]))[:SIZE]
    rows = []
    for f in pool:
        text = articles[int(f["id"]) - 1]
        p = f["pos"] - 1
        context = (text[max(0, p - 100):p] + "[[" + text[p:p + f["len"]] + "]]" +
                   text[p + f["len"]:p + f["len"] + 60]).replace("\t", " ")
        names = sorted({"%s=%s" % (g["surface"], g["norm"]) for g in by_article[f["id"]]
                        if g is not f})
        d = f["detail"] or {}
        rows.append({"article": str(f["id"]), "pos": str(f["pos"]), "len": str(f["len"]),
                     "surface": f["surface"], "norm": f["norm"] or "",
                     "title": d.get("title", ""), "country": d.get("country", ""),
                     "entity": str(d.get("entity", "")), "context": context,
                     "names": "; ".join(names)[:300].replace("\t", " "),
                     "norm_verdict": "?", "title_verdict": "?", "why": ""})
    return sorted(rows, key=lambda r: (int(r["article"]), int(r["pos"])))


def read_tsv():
    return read_judged(TSV, FIELDS)


def sample():
    old = {tuple(o[k] for k in KEY): o for o in read_tsv()}
    rows = current_sample()
    for r in rows:
        o = old.get(tuple(r[k] for k in KEY))
        if o:
            for k in ("norm_verdict", "title_verdict", "why"):
                r[k] = o[k]
    with open(TSV, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER.format(size=SIZE, seed=SEED))
        w = csv.DictWriter(f, fieldnames=FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    todo = sum(1 for r in rows if "?" in (r["norm_verdict"], r["title_verdict"]))
    print("%s: %d rows, %d to judge" % (os.path.relpath(TSV, ROOT), len(rows), todo))
    return 0


def report():
    rows = read_tsv()
    print("Persons on VOA news (test/data/voa-news.txt.gz), %d facts judged by hand, "
          "Wilson 95%% lower bound" % len(rows))
    print()
    print("| question | n | right | share | Wilson lower bound | target (issue 16) |")
    print("|---|---|---|---|---|---|")
    for q in ("norm", "title"):
        judged = [r for r in rows if r[q + "_verdict"] in ("right", "wrong")]
        right = sum(1 for r in judged if r[q + "_verdict"] == "right")
        n = len(judged)
        print("| %s | %d | %d | %.3f | %.3f | >= %.2f |" % (
            q, n, right, right / n if n else 0.0, wilson_lower(right, n), TARGETS[q]))
    wrong = [r for r in rows if "wrong" in (r["norm_verdict"], r["title_verdict"])]
    if wrong:
        print()
        print("wrong:")
        for r in wrong:
            print("  %s:%s %s (norm %s, title %s): %s" % (
                r["article"], r["pos"], r["surface"], r["norm_verdict"], r["title_verdict"],
                r["why"]))
    return 0


def check(start):
    n = start
    rows = read_tsv()
    cur = current_sample()

    def ok(cond, what):
        nonlocal n
        n += 1
        print("%s %d - %s" % ("ok" if cond else "not ok", n, what))

    ok([tuple(r[k] for k in KEY) for r in rows] == [tuple(r[k] for k in KEY) for r in cur],
       "bench/judged_person.tsv is the current engine's sample (%d rows)" % len(cur))
    ok(all(r["norm_verdict"] in ("right", "wrong") and
           r["title_verdict"] in ("right", "wrong", "none") for r in rows) and len(rows) == SIZE,
       "every person fact is judged")
    ok(all(r["why"] for r in rows if "wrong" in (r["norm_verdict"], r["title_verdict"])),
       "every wrong verdict says why")
    return 0


def main(argv):
    if len(argv) < 2 or argv[1] not in ("sample", "report", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "sample":
        return sample()
    if argv[1] == "report":
        return report()
    start = int(argv[3]) if len(argv) > 3 and argv[2] == "--start" else 0
    return check(start)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
