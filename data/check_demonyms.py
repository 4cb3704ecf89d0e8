#!/usr/bin/env python3
"""Checks data/demonyms.tsv: every ISO 3166-1 country (iso-codes) has a row,
and the demonyms of the npm package world-countries (ODbL-1.0, read only here,
at maintenance time) are among its forms.  Prints the differences for a
person to judge; the table stays this project's own writing.

Usage: cd data && npm ci && python3 check_demonyms.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    rows = {}
    for line in open(os.path.join(HERE, "demonyms.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, forms = line.rstrip("\n").split("\t")
        rows[code] = set(f.strip() for f in forms.split(","))
    missing = sorted({c["alpha_2"] for c in iso} - set(rows))
    print("countries without a row: %s" % (", ".join(missing) or "none"))
    path = os.path.join(HERE, "node_modules", "world-countries", "countries.json")
    if not os.path.exists(path):
        print("world-countries not installed (cd data && npm ci): no comparison")
        return 1 if missing else 0
    for c in json.load(open(path, encoding="utf-8")):
        d = c.get("demonyms", {}).get("eng", {})
        theirs = {d.get("m"), d.get("f")} - {None, ""}
        other = sorted(f for f in theirs if f not in rows.get(c["cca2"], set()))
        if other:
            print("%s: world-countries says %s; demonyms.tsv has %s"
                  % (c["cca2"], ", ".join(other), ", ".join(sorted(rows.get(c["cca2"], [])))))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
