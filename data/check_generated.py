#!/usr/bin/env python3
"""data/check_generated.py — make check-generated: regenerates every generated
file of src/core/generated/ into a temporary directory and compares it with
the committed one, byte for byte.

For each file it prints one TAP line.  A file that differs fails, with the
first lines of the difference and, where the versions of its inputs (the
"Inputs:" line of its header, see gen_inputs.py) differ between the
committed file and this machine, which ones: a changed input means the
machine's sources moved on, no difference in inputs means the committed file
is stale or was edited by hand.  A generator that cannot run (a missing
input) fails too: this check never skips.
"""
import difflib
import hashlib
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_inputs  # noqa: E402

# generator, generated file (under src/core/generated)
GENERATED = [("gen_gazetteer.py", "gazetteer_data.c"),
             ("gen_currencies.py", "currency_data.c"),
             ("gen_i18n_gazetteer.py", "gazetteer_i18n_data.c"),
             ("gen_lexicon.py", "lexicon_data.c"),
             ("gen_first_names.py", "first_names_data.c"),
             ("gen_place_words.py", "place_words_data.c")]


def main():
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        for n, (gen, name) in enumerate(GENERATED, 1):
            committed = os.path.join(ROOT, "src", "core", "generated", name)
            fresh = os.path.join(d, name)
            run = subprocess.run([sys.executable, os.path.join(HERE, gen), "--out", fresh],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                bad += 1
                print("not ok %d - %s: data/%s failed" % (n, name, gen))
                print("\n".join("# " + l for l in (run.stderr or run.stdout).splitlines()[-5:]))
                continue
            with open(committed, encoding="utf-8") as f:
                old = f.read()
            with open(fresh, encoding="utf-8") as f:
                new = f.read()
            if old == new:
                print("ok %d - src/core/generated/%s is what data/%s makes" % (n, name, gen))
                continue
            bad += 1
            print("not ok %d - src/core/generated/%s differs from what data/%s makes"
                  % (n, name, gen))
            was, now = gen_inputs.parse(old), gen_inputs.parse(new)
            moved = ["%s: committed from %s, here %s" % (k, was.get(k, "?"), now.get(k, "?"))
                     for k in sorted(set(was) | set(now)) if was.get(k) != now.get(k)]
            print("# inputs that differ: " + ("; ".join(moved) if moved else
                                              "none (the committed file is stale or hand-edited)"))
            diff = difflib.unified_diff(old.splitlines(), new.splitlines(), "committed",
                                        "regenerated", lineterm="", n=1)
            for line in list(diff)[:20]:
                print("# " + line)
    # the tagger's model is trained, not generated from inputs here (make
    # check-model retrains it): its sha256 must be the one data/README.md records
    n = len(GENERATED) + 1
    model = os.path.join(ROOT, "src", "core", "generated", "tagger_model.c")
    with open(model, "rb") as f:
        have = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        m = re.search(r"tagger_model\.c sha256: ([0-9a-f]{64})", f.read())
    if m and m.group(1) == have:
        print("ok %d - src/core/generated/tagger_model.c has the sha256 data/README.md records" % n)
    else:
        bad += 1
        print("not ok %d - src/core/generated/tagger_model.c has sha256 %s, data/README.md records %s"
              % (n, have, m.group(1) if m else "none"))
    print("1..%d" % n)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
