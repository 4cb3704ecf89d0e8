#!/usr/bin/env python3
# Copied from the team's reference scorer (shared/eval/score.py) on 2026-12-02;
# make check-scorer compares the two where that directory exists.  Keep the
# body identical to the reference: change it there, then copy it here.
"""Score extracted facts against a gold file: precision, recall and F1 per kind.

Gold: JSONL, one document a line: {"id", "text", "spans": [{"start", "end", "label", ...}]}
      start/end are 0-based code-point offsets, end exclusive (see ../data/README.md).
System: JSONL, one fact a line, as textfacts.extract() returns it plus the document id:
      {"id", "kind", "pos", "len", "norm"?, "value"?, "unit"?}
      pos is 1-based in characters, as in substr(text, pos, len); documents with no fact
      need no line.

Usage: score.py --scheme SCHEME GOLD.jsonl SYSTEM.jsonl [--json] [--errors N]
Schemes say which gold labels map to which kinds, and what a correct value is:
  uner      PER->person, ORG->org, LOC->country|place
  gmb       per->person, org->org, geo->country|place, gpe->nationality (silver data)
  meantime  VALUE:MONEY->money, VALUE:PERCENT->percent, VALUE:QUANTITY->number|quantity,
            TIMEX3:DATE->date (value: gold TIMEX3 value must equal norm)
  rt        Recognizers-Text specs, each record scored on its own spec's kind only:
            currency->money (value and ISO currency), number->any figure (value),
            percentage->percent (value), numberrange->any figure (span only; a range is one fact)
  rtdates   Recognizers-Text date extraction cases: every span is a date (spans only)
  duckling  Duckling strings: AmountOfMoney->money, Numeral->number; the value (and the ISO
            currency where Duckling names one) from its "expected" field
  seed      the hand-checked articles in ../data/seed/: every label is a kind, norm/value/unit checked
Three figures per kind: exact (same span), overlap (spans intersect, one-to-one),
valued (overlap and the normalised value right; only where the gold has a value).
"""
import argparse, collections, json, math, sys

SCHEMES = {
    "uner": {"PER": {"person"}, "ORG": {"org"}, "LOC": {"country", "place"}},
    "gmb": {"per": {"person"}, "org": {"org"}, "geo": {"country", "place"}, "gpe": {"nationality"}},
    "meantime": {"VALUE:MONEY": {"money"}, "VALUE:PERCENT": {"percent"},
                 "VALUE:QUANTITY": {"number", "quantity"}, "TIMEX3:DATE": {"date"}},
    "rt": {"currency": {"money"}, "number": {"number", "money", "percent", "quantity"},
           "percentage": {"percent"}, "numberrange": {"number", "money", "percent", "quantity"}},
    "rtdates": {"": {"date"}},
    "duckling": {"AmountOfMoney": {"money"}, "Numeral": {"number"}},
}

# Recognizers-Text: each spec file labels one kind only, so a record is scored on that kind
# alone (a number inside a currency case is no spurious number). Any figure may answer a
# number or a range: "$2000" as money 2000 answers the number 2000.
RT_SPEC_LABEL = {"NumberModel.json": "number", "NumberRangeModel.json": "numberrange",
                 "PercentModel.json": "percentage", "CurrencyModel.json": "currency"}

# Recognizers-Text unit names -> ISO 4217 (None: no ISO code; only the value is checked)
RT_ISO = {"Dollar": "USD", "United States dollar": "USD", "Australian dollar": "AUD",
          "British pound": "GBP", "Pound": "GBP", "Canadian dollar": "CAD", "Chinese yuan": "CNY",
          "Costa Rican colón": "CRC", "Euro": "EUR", "Finnish markka": "FIM", "Georgian lari": "GEL",
          "Hong Kong dollar": "HKD", "Japanese yen": "JPY", "Lao kip": "LAK", "Mexican peso": "MXN",
          "Netherlands guilder": "NLG", "New Zealand dollar": "NZD", "Peseta": "ESP",
          "Sri Lankan rupee": "LKR", "Swiss franc": "CHF", "Turkish lira": "TRY"}
# Recognizers-Text sub-units: the gold value counts them; the fact's value is in whole units
RT_SUBUNIT = {"Cent": 0.01, "Pence": 0.01, "Penny": 0.01, "Sen": 0.01, "Satoshi": 1e-8}


def duckling_check(expected, locale="EN"):
    """'simple USD 3.14' -> value 3.14 in USD; 'simple Dollar 5' -> 5, any dollar;
    'simple Cent 10' -> 0.10, no currency; 'NumeralValue 1.2e6' -> 1200000; else no check.
    Outside locale EN the currency comes from the locale, not the text: only the value counts."""
    parts = expected.split()
    if len(parts) == 2 and parts[0] == "NumeralValue" and num(parts[1].strip("()")) is not None:
        return ("value", num(parts[1].strip("()")), None)
    if len(parts) == 3 and parts[0] == "simple" and num(parts[2].strip("()")) is not None:
        unit, v = parts[1], num(parts[2].strip("()"))
        if unit in ("Cent", "Pence", "Penny"):
            return ("value", v * 0.01, None)
        iso = unit if len(unit) == 3 and unit.isupper() else {"Pound": "GBP", "Euro": "EUR"}.get(unit)
        return ("value", v, iso if locale == "EN" else None)
    return None


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def num(x):
    try:
        return float(x[:-1] if isinstance(x, str) and x.endswith("%") else x)
    except (TypeError, ValueError):
        return None


def same_number(a, b):
    a, b = num(a), num(b)
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def gold_mentions(doc, scheme):
    """(label, start, end, check) for each gold span that the scheme scores."""
    out = []
    for s in doc.get("spans", []):
        label = s["label"]
        if scheme == "seed":
            kinds = {label}
        else:
            kinds = SCHEMES[scheme].get(label)
        if not kinds:
            continue
        check = None
        if scheme == "meantime" and label == "TIMEX3:DATE" and s.get("value"):
            check = ("norm", s["value"])
        elif scheme == "rt" and s.get("resolution") and num(s["resolution"].get("value")) is not None:
            r = s["resolution"]
            sub = RT_SUBUNIT.get(r.get("unit")) if label == "currency" else None
            if sub:  # "50 cents": gold counts cents; textfacts reports whole currency units
                check = ("value", num(r["value"]) * sub, None)
            else:
                check = ("value", r.get("value"), r.get("isoCurrency") or RT_ISO.get(r.get("unit")) if label == "currency" else None)
        elif scheme == "duckling":
            check = duckling_check(doc.get("expected", ""), doc.get("locale", "EN"))
        elif scheme == "seed" and any(k in s for k in ("norm", "value", "unit")):
            check = ("seed", s.get("norm"), s.get("value"), s.get("unit"))
        out.append((label, kinds, s["start"], s["end"], check))
    return out


def value_ok(check, fact):
    if check is None:
        return None
    if check[0] == "norm":
        return str(fact.get("norm") or "") == check[1]
    if check[0] == "value":
        ok = same_number(fact.get("value"), check[1])
        if ok and check[2]:
            ok = (fact.get("unit") or "").upper() == check[2]
        return ok
    _, norm, value, unit = check
    ok = True
    if norm is not None:
        ok &= str(fact.get("norm") or "") == str(norm)
    if value is not None:
        ok &= same_number(fact.get("value"), value)
    if unit is not None:
        ok &= str(fact.get("unit") or "") == str(unit)
    return ok


def score(gold_docs, facts, scheme, n_errors=0):
    by_doc = collections.defaultdict(list)
    for f in facts:
        by_doc[str(f["id"])].append(f)
    all_kinds = set()
    if scheme == "seed":
        for d in gold_docs:
            all_kinds |= {s["label"] for s in d.get("spans", [])}
    else:
        for ks in SCHEMES[scheme].values():
            all_kinds |= ks
    # per gold label: counts
    c = collections.defaultdict(lambda: collections.Counter())
    errors = []
    for d in gold_docs:
        did = str(d["id"])
        gold = gold_mentions(d, scheme)
        sys_facts = [f for f in by_doc.get(did, []) if f.get("kind") in all_kinds]
        only = RT_SPEC_LABEL.get(did.split("#")[0].rsplit("/", 1)[-1]) if scheme == "rt" else None
        if only:
            sys_facts = [f for f in sys_facts if f["kind"] in SCHEMES["rt"][only]]
        used_exact, used_overlap = set(), set()
        for label, kinds, gs, ge, check in gold:
            st = c[label]
            st["gold"] += 1
            cand = [(i, f) for i, f in enumerate(sys_facts) if f["kind"] in kinds]
            exact = [i for i, f in cand if f["pos"] - 1 == gs and f["pos"] - 1 + f["len"] == ge and i not in used_exact]
            if exact:
                used_exact.add(exact[0]); st["exact"] += 1
            ov = [(i, f) for i, f in cand if f["pos"] - 1 < ge and gs < f["pos"] - 1 + f["len"] and i not in used_overlap]
            if ov:
                i, f = ov[0]
                used_overlap.add(i); st["overlap"] += 1
                v = value_ok(check, f)
                if v is not None:
                    st["valued_gold"] += 1
                    st["valued"] += int(v)
                    if not v and len(errors) < n_errors:
                        errors.append(("wrong value", did, d["text"][gs:ge], {k: f.get(k) for k in ("norm", "value", "unit")}, check))
            elif check is not None:
                st["valued_gold"] += 1
            if not ov and len(errors) < n_errors:
                errors.append(("missed", did, label, d["text"][gs:ge]))
        # system facts of the scored kinds, attributed to the gold label whose kinds hold them
        for i, f in enumerate(sys_facts):
            labels = [only] if only else [l for l, ks in (SCHEMES.get(scheme) or {k: {k} for k in all_kinds}).items() if f["kind"] in ks]
            for l in labels[:1]:
                c[l]["sys"] += 1
                if i not in used_overlap and len(errors) < n_errors:
                    p = f["pos"] - 1
                    errors.append(("spurious", did, f["kind"], d["text"][p:p + f["len"]]))
    rows = {}
    tot = collections.Counter()
    for label, st in sorted(c.items()):
        tot.update(st)
        rows[label] = figures(st)
    rows["ALL"] = figures(tot)
    return rows, errors


def figures(st):
    def prf(hit, sysn, goldn):
        p = hit / sysn if sysn else 0.0
        r = hit / goldn if goldn else 0.0
        return round(p, 4), round(r, 4), round(2 * p * r / (p + r) if p + r else 0.0, 4)
    out = {"gold": st["gold"], "system": st["sys"],
           "exact": prf(st["exact"], st["sys"], st["gold"]),
           "overlap": prf(st["overlap"], st["sys"], st["gold"])}
    if st["valued_gold"]:
        out["valued_accuracy"] = round(st["valued"] / st["valued_gold"], 4)
        out["valued_n"] = st["valued_gold"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scheme", required=True, choices=sorted(SCHEMES) + ["seed"])
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses, spurious facts and wrong values")
    a = ap.parse_args()
    rows, errors = score(load_jsonl(a.gold), load_jsonl(a.system), a.scheme, a.errors)
    if a.json:
        print(json.dumps(rows))
    else:
        print(f"{'label':16} {'gold':>5} {'sys':>5}   exact P/R/F1          overlap P/R/F1        valued")
        for label, r in rows.items():
            e, o = r["exact"], r["overlap"]
            v = f"{r['valued_accuracy']:.3f} of {r['valued_n']}" if "valued_accuracy" in r else "-"
            print(f"{label:16} {r['gold']:5} {r['system']:5}   {e[0]:.3f} {e[1]:.3f} {e[2]:.3f}     {o[0]:.3f} {o[1]:.3f} {o[2]:.3f}     {v}")
    for e in errors:
        print("  ", *e)


if __name__ == "__main__":
    main()
