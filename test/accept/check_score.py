#!/usr/bin/env python3
"""Runs the CLI on a gold file, scores it with the project's scorer
(test/eval/score.py) and checks thresholds, printing one TAP line per
threshold.  A gold file that is missing is a failure, never a skip.

usage: check_score.py SCHEME GOLD 'LABEL.FIGURE>=X' ... [--ref-date D]
GOLD: a path, relative to the repository root or absolute
FIGURE: exact_p exact_r exact_f overlap_p overlap_r overlap_f valued (valued accuracy)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORER = os.path.join(ROOT, "test", "eval", "score.py")


def main():
    args = sys.argv[1:]
    cli = os.path.join(ROOT, "build", "textfacts")
    extra = []
    if "--ref-date" in args:
        i = args.index("--ref-date")
        extra = ["--ref-date", args[i + 1]]
        del args[i:i + 2]
    scheme, gold, checks = args[0], args[1], args[2:]
    gold = gold if os.path.isabs(gold) else os.path.join(ROOT, gold)
    name = os.path.basename(gold)
    if not os.path.exists(gold):
        print("not ok 1 - %s: gold file not found" % gold)
        return 1
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as out:
        subprocess.run([cli] + extra + [gold], stdout=out, check=True)
        path = out.name
    res = subprocess.run([sys.executable, SCORER,
                          "--scheme", scheme, gold, path, "--json"],
                         capture_output=True, text=True, check=True)
    os.unlink(path)
    rows = json.loads(res.stdout)
    n = 0
    for c in checks:
        m = re.fullmatch(r"([\w:]+)\.(\w+)(>=|<=)([\d.]+)", c)
        label, fig, op, x = m.group(1), m.group(2), m.group(3), float(m.group(4))
        r = rows.get(label, {})
        if fig == "valued":
            v = r.get("valued_accuracy", 0.0)
        else:
            kind, what = fig.split("_")
            v = r.get(kind, [0, 0, 0])[{"p": 0, "r": 1, "f": 2}[what]]
        good = v >= x if op == ">=" else v <= x
        n += 1
        print("%s %d - %s %s %s: %.4f %s %.2f" % ("ok" if good else "not ok", n, name, label,
                                                 fig, v, op, x))
    return 0


if __name__ == "__main__":
    sys.exit(main())
