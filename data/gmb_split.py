#!/usr/bin/env python3
"""data/gmb_split.py — the fixed split of the GMB sentences (VOA news, silver
tags) into a test tenth and a training rest.

A sentence is held out for testing when the SHA-256 of its id, read as a big
integer, is divisible by 10.  The rule depends on the id alone, so the test
tenth never changes when the file is reordered or grows, and the tagger's
training (make model) leaves out exactly the sentences that
test/accept/entities.sh scores.

usage: data/gmb_split.py GMB.jsonl test  > test.jsonl    (the tenth)
       data/gmb_split.py GMB.jsonl train > train.jsonl   (the rest)
"""
import hashlib
import sys


def is_test(doc_id):
    """True for a sentence of the test tenth."""
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 10 == 0


def main():
    import json
    if len(sys.argv) != 3 or sys.argv[2] not in ("test", "train"):
        sys.exit(__doc__)
    want_test = sys.argv[2] == "test"
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if line.strip() and is_test(json.loads(line)["id"]) == want_test:
                sys.stdout.write(line)


if __name__ == "__main__":
    main()
