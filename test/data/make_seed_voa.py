#!/usr/bin/env python3
"""test/data/make_seed_voa.py — builds test/data/seed-voa.jsonl, the project's
own hand-annotated seed article, from the annotations below.

The text is article 342 of test/data/voa-news.txt.gz (VOA news sentences from
the Groningen Meaning Bank; the VOA texts are public domain).  Every fact was
read and annotated by hand, following the conventions of the README (the span
is the figure or the name itself; titles and hedges stay out; a person's norm
is the fullest name the text gives him; relative dates resolve against the
reference date).  The text gives no publication date: the reference date
2009-06-18 (a Thursday) is chosen for the test.

Each annotation names its surface and which of its whole-word occurrences it
is (1-based; "Afghan" inside "Afghanistan" is no occurrence); the script finds
the offsets, so nobody counts characters by hand.  Run it after changing an annotation; it checks that every
surface is found.
"""
import gzip
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = 342
REF = "2009-06-18"

# (label, surface, occurrence, attributes)
A = [
    ("person", "Bush", 1, {"norm": "Bush"}),
    ("number", "four", 1, {"value": 4}),              # the next four years
    ("number", "13", 1, {"value": 13}),
    ("nationality", "Indian", 1, {"norm": "IN"}),
    ("place", "Kashmir", 1, {"norm": "Kashmir"}),
    ("date", "Wednesday", 1, {"norm": "2009-06-17"}),
    ("nationality", "Indian", 2, {"norm": "IN"}),
    ("nationality", "Indian", 3, {"norm": "IN"}),
    ("place", "Udhampur", 1, {"norm": "Udhampur"}),
    ("place", "Poonch", 1, {"norm": "Poonch"}),
    ("number", "seven", 1, {"value": 7}),
    ("number", "two", 1, {"value": 2}),
    ("nationality", "Indian", 4, {"norm": "IN"}),
    ("country", "India", 1, {"norm": "IN"}),          # India's military
    ("number", "four", 2, {"value": 4}),              # four youths
    ("nationality", "Indian", 5, {"norm": "IN"}),
    ("place", "Kupwara", 1, {"norm": "Kupwara"}),
    ("place", "Kashmir", 2, {"norm": "Kashmir"}),
    ("place", "Kupwara", 2, {"norm": "Kupwara"}),
    ("nationality", "Indian", 6, {"norm": "IN"}),
    ("person", "Manmohan Singh", 1, {"norm": "Manmohan Singh"}),
    ("date", "Saturday", 1, {"norm": "2009-06-20"}),  # is to hold talks: future
    ("nationality", "American", 1, {"norm": "US"}),
    ("org", "KFC", 1, {"norm": "KFC"}),
    ("org", "KFC", 2, {"norm": "KFC"}),
    ("org", "Kentucky Fried Chicken", 1, {}),
    ("person", "Harlan David Sanders", 1, {"norm": "Harlan David Sanders"}),
    ("person", "Sanders", 2, {"norm": "Harlan David Sanders"}),   # Colonel Sanders
    ("place", "Kabul", 1, {"norm": "Kabul"}),
    ("country", "Afghanistan", 1, {"norm": "AF"}),
    ("org", "KFC", 3, {}),                            # the Kabul restaurant
    ("org", "KFC", 4, {}),
    ("org", "Kabul Fried Chicken", 1, {}),            # the org owns the city in its name
    ("person", "Rahimgul Sarawan", 1, {"norm": "Rahimgul Sarawan"}),
    ("place", "Kabul", 3, {"norm": "Kabul"}),
    ("org", "KFC", 5, {}),
    ("person", "Sanders", 3, {"norm": "Harlan David Sanders"}),
    ("person", "Brian Allen", 1, {"norm": "Brian Allen"}),
    ("country", "Israel", 1, {"norm": "IL"}),
    ("org", "Jerusalem Post", 1, {}),
    ("date", "Friday", 1, {"norm": "2009-06-12"}),
    ("person", "Benjamin Netanyahu", 1, {"norm": "Benjamin Netanyahu"}),
    ("money", "$8 billion", 1, {"value": 8000000000, "unit": "USD"}),
    ("country", "Israel", 2, {"norm": "IL"}),
    ("org", "Defense Ministry", 1, {}),
    ("country", "Israel", 3, {"norm": "IL"}),
    ("percent", "5 percent", 1, {"value": 5, "unit": "%"}),
    ("money", "$250 billion", 1, {"value": 250000000000, "unit": "USD"}),
    ("country", "Israel", 4, {"norm": "IL"}),
    ("country", "China", 1, {"norm": "CN"}),
    ("date", "the first five months of the year", 1, {"norm": "2009-01/2009-05"}),
    ("org", "ministry of commerce", 1, {}),
    ("date", "Monday", 1, {"norm": "2009-06-15"}),
    ("date", "January to May", 1, {"norm": "2009-01/2009-05"}),
    ("percent", "0.8 percent", 1, {"value": 0.8, "unit": "%"}),
    ("date", "last year", 1, {"norm": "2008"}),
    ("money", "$22.4 billion", 1, {"value": 22400000000, "unit": "USD"}),
    ("percent", "14.88 percent", 1, {"value": 14.88, "unit": "%"}),
    ("money", "$64.97 billion", 1, {"value": 64970000000, "unit": "USD"}),
    ("country", "China", 2, {"norm": "CN"}),
    ("date", "late 2003 through 2004", 1, {"norm": "2003/2004"}),
    ("date", "the spring of 2003", 1, {"norm": "2003-SP"}),
    ("date", "Tuesday", 1, {"norm": "2009-06-16"}),
    ("number", "43", 1, {"value": 43}),
    ("country", "Afghanistan", 2, {"norm": "AF"}),
    ("nationality", "Afghan", 1, {"norm": "AF"}),
    ("date", "Sunday", 1, {"norm": "2009-06-14"}),
    ("place", "Qalat", 1, {"norm": "Qalat"}),
    ("place", "Zabul", 1, {"norm": "Zabul"}),
    ("nationality", "Afghan", 2, {"norm": "AF"}),
]


def main():
    with gzip.open(os.path.join(HERE, "voa-news.txt.gz"), "rt", encoding="utf-8") as f:
        text = f.read().split("\n")[ARTICLE - 1]
    spans = []
    for label, surface, nth, attrs in A:
        found = [m.start() for m in
                 re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
        if len(found) < nth:
            raise SystemExit("%s %r: occurrence %d not found" % (label, surface, nth))
        pos = found[nth - 1]
        span = {"start": pos, "end": pos + len(surface), "label": label, "text": surface,
                "bstart": len(text[:pos].encode()), "bend": len(text[:pos + len(surface)].encode())}
        span.update(attrs)
        spans.append(span)
    spans.sort(key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            raise SystemExit("overlapping spans: %r %r" % (a["text"], b["text"]))
    doc = {"id": "seed-voa-342", "ref_date": REF,
           "source": "VOA news via the Groningen Meaning Bank (article 342 of voa-news.txt), "
                     "every fact annotated by hand; reference date chosen for the test",
           "text": text, "spans": spans}
    with open(os.path.join(HERE, "seed-voa.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("%d spans" % len(spans))


if __name__ == "__main__":
    main()
