#!/usr/bin/env python3
"""Turns test/data/i18n_countries.src ([name|alpha-2] marks; '-' marks a name that
is not a country and must not become one) into test/data/i18n_countries.jsonl, the
gold format of test/eval/score.py (spans with code-point offsets)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(HERE, "i18n_countries.src"), encoding="utf-8") as f:
    for n, line in enumerate(f):
        if line.startswith("#") or not line.strip():
            continue
        lang, src = line.rstrip("\n").split("\t")
        text, spans, pos = "", [], 0
        for m in re.finditer(r"\[([^|\]]+)\|([A-Z-]+)\]", src):
            text += src[pos:m.start()]
            name, code = m.group(1), m.group(2)
            if code != "-":
                spans.append({"start": len(text), "end": len(text) + len(name),
                              "label": "country", "text": name, "norm": code})
            text += name
            pos = m.end()
        text += src[pos:]
        out.append({"id": "%s-%d" % (lang, n), "lang": lang, "text": text, "spans": spans})
with open(os.path.join(HERE, "i18n_countries.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
