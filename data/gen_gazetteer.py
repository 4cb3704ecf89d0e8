#!/usr/bin/env python3
"""Generates src/core/gazetteer_data.c, the compiled-in gazetteer.

Sources (read at generation time only; a build needs none of them):
  - iso-codes (Debian package iso-codes, LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json
    gives every ISO 3166-1 country's name, common_name and official_name -> alpha-2.
  - data/countries_news.tsv (this project): the names newspapers use where iso-codes has
    only a formal or inverted one, and the short forms (U.S., UK, UAE).
  - data/regions.tsv (this project): regions that must win over a country inside them.

Keys are normalised exactly as src/core/gazetteer.c normalises text (see gazetteer.h);
the hash is FNV-1a 32-bit with linear probing over a power-of-two table.

Usage: python3 data/gen_gazetteer.py [--iso-dir DIR] [--out FILE]
"""
import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KINDS = {"person": 0, "org": 1, "country": 2, "place": 3, "nationality": 4}
FLAG_UPPER = 0x01


def char_class(c):
    if c in "\n\r\f\v\u2028\u2029\x85" or c in " \t" or unicodedata.category(c) == "Zs":
        return "space"
    if "0" <= c <= "9":
        return "digit"
    cat = unicodedata.category(c)
    if cat[0] in "LM" or cat in ("Nd", "Nl", "No"):
        return "word"
    if cat == "Cf":
        return "joiner"
    return "other"


def tokens(name):
    """(text, space_before) pairs, as src/core/tokenize.c cuts them."""
    out, i, space = [], 0, False
    n = len(name)
    while i < n:
        cl = char_class(name[i])
        if cl in ("space", "joiner"):
            space = space or cl == "space"
            i += 1
            continue
        j = i + 1
        if cl == "word":
            while j < n and char_class(name[j]) in ("word", "joiner"):
                j += 1
        elif cl == "digit":
            while True:
                while j < n and "0" <= name[j] <= "9":
                    j += 1
                if j + 1 < n and name[j] in ",." and "0" <= name[j + 1] <= "9":
                    j += 1
                    continue
                break
        out.append((name[i:j], space))
        space = False
        i = j
    return out


def lower_cp(c):
    low = c.lower()
    return low if len(low) == 1 else c.lower()[0]


def norm_key(toks):
    parts = []
    for k, (t, space) in enumerate(toks):
        if k > 0 and space:
            parts.append(" ")
        parts.append("".join(lower_cp(c) for c in t).replace("\u2019", "'"))
    return "".join(parts)


def fnv1a(b):
    h = 2166136261
    for x in b:
        h ^= x
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def c_str(s):
    if s is None:
        return "NULL"
    out = []
    for b in s.encode("utf-8"):
        if b in (0x22, 0x5C):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F and b != 0x3F:  # '?' escaped: no trigraphs
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def hash_table(keys):
    size = 1
    while size < 2 * len(keys) + 1:
        size *= 2
    slots = [0] * size
    for idx, k in enumerate(keys):
        h = fnv1a(k.encode("utf-8")) & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        slots[h] = idx + 1
    return slots


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            yield line.split("\t")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--out", default=os.path.join(ROOT, "src/core/gazetteer_data.c"))
    args = ap.parse_args()

    entries = {}  # key -> dict; the first source to claim a key keeps it

    def add(name, kind, norm, country=None, acronym=None, flags=0, priority=0):
        toks = tokens(name)
        if not toks or len(toks) > 12:
            return
        key = norm_key(toks)
        if len(key.encode("utf-8")) >= 160:
            return
        old = entries.get(key)
        if old is not None and old["priority"] >= priority:
            return
        entries[key] = dict(key=key, kind=KINDS[kind], norm=norm, country=country,
                            acronym=acronym, flags=flags, ntok=len(toks), priority=priority)

    with open(os.path.join(args.iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        for field in ("name", "common_name", "official_name"):
            name = c.get(field)
            # inverted catalogue forms ("Korea, Republic of") never occur in prose
            if not name or "," in name or "(" in name:
                continue
            if name.startswith("the "):
                name = name[4:]
            add(name, "country", c["alpha_2"], priority=2)
    for row in read_tsv(os.path.join(HERE, "countries_news.tsv")):
        flags = FLAG_UPPER if len(row) > 2 and "upper" in row[2] else 0
        add(row[0], "country", row[1], flags=flags, priority=3)
    for row in read_tsv(os.path.join(HERE, "regions.tsv")):
        add(row[0], row[1], row[0], country=(row[2] if len(row) > 2 and row[2] else None),
            priority=4)

    ents = sorted(entries.values(), key=lambda e: e["key"])
    starts = {}
    for e in ents:
        first = norm_key(tokens(e["key"])[:1])
        starts[first] = max(starts.get(first, 0), e["ntok"])
    start_keys = sorted(starts)

    slots = hash_table([e["key"] for e in ents])
    sslots = hash_table(start_keys)

    out = []
    out.append("/*\n * gazetteer_data.c — GENERATED by data/gen_gazetteer.py; do not edit.\n"
               " * Sources: iso-codes iso_3166-1.json (LGPL-2.1+), data/countries_news.tsv,\n"
               " * data/regions.tsv.  See data/README.md.\n */")
    out.append('#include "gazetteer.h"\n')
    out.append("const tf_gaz_entry tf_gaz_entries[] = {")
    for e in ents:
        out.append("\t{%s, %s, %s, %s, %d, %d, %d}," % (
            c_str(e["key"]), c_str(e["norm"]), c_str(e["country"]), c_str(e["acronym"]),
            e["kind"], e["flags"], e["ntok"]))
    out.append("};")
    out.append("const uint32_t tf_gaz_nentries = %d;" % len(ents))
    out.append("const uint32_t tf_gaz_nslots = %d;" % len(slots))
    out.append("const uint32_t tf_gaz_slots[] = {")
    for k in range(0, len(slots), 16):
        out.append("\t" + ", ".join(str(x) for x in slots[k:k + 16]) + ",")
    out.append("};")
    out.append("const tf_gaz_start tf_gaz_starts[] = {")
    for k in start_keys:
        out.append("\t{%s, %d}," % (c_str(k), starts[k]))
    out.append("};")
    out.append("const uint32_t tf_gaz_nstart_slots = %d;" % len(sslots))
    out.append("const uint32_t tf_gaz_start_slots[] = {")
    for k in range(0, len(sslots), 16):
        out.append("\t" + ", ".join(str(x) for x in sslots[k:k + 16]) + ",")
    out.append("};")
    # every ISO 3166-1 code, for validating and normalising codes (factquery)
    out.append("const tf_iso_country tf_iso_countries[] = {")
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        out.append("\t{%s, %s, %s}," % (c_str(c["alpha_2"]), c_str(c["alpha_3"]),
                                        c_str(c.get("common_name") or c["name"])))
    out.append("};")
    out.append("const uint32_t tf_iso_ncountries = %d;" % len(countries))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("%s: %d entries, %d starts" % (args.out, len(ents), len(start_keys)), file=sys.stderr)


if __name__ == "__main__":
    main()
