#!/usr/bin/env python3
"""Generates src/core/generated/lexicon_data.c, the engine's one table of words.

Source: data/lexicon.tsv (this project's; its header says what each column
means).  One row is a word in one sense; the rows of one word (in lower
case) become one entry, which says what the word is to each stage that
reads it.  The stages' views are derived here, in one place:

  the numeral reader and the figures stage (tf_numword, NW_* in lexicon.h)
    article -> NW_A, and -> NW_AND, zero -> NW_ZERO, unit -> NW_UNIT,
    teen -> NW_TEEN, tens -> NW_TENS, hundred -> NW_HUNDRED, scale -> NW_SCALE,
    dozen -> NW_DOZEN, point -> NW_POINT, fraction 2 -> NW_HALF,
    fraction 4 -> NW_QUARTER, ordinal -> NW_ORD, minus -> NW_MINUS,
    over -> NW_OVER, month -> NW_MONTH, clock -> NW_CLOCK, and a word
    flagged stop -> NW_OTHER; the flags plural, aftercur, abbr, stop and
    unitord; the value.  Other words are no words of these stages.
  the dates stage (tf_dateword, DW_*)
    month -> DW_MONTH, weekday -> DW_WEEKDAY, season -> DW_SEASON,
    decade -> DW_DECADE, period -> DW_PERIOD (value PERIOD_*), an ordinal
    of 1 to 31 that is no plural -> DW_ORD ("the twenty-first" is read from
    "twenty" and "first"), article and unit and a teen up to twelve ->
    DW_CARD ("two years ago"), tens up to thirty -> DW_TENS, and a word
    flagged date -> DW_WORD; the flags abbr, ambiguous and plural; from the
    numeral view DWF_SCALE (a scale that is no plural and needs no currency:
    "million" after a number is no day) and DWF_CENTURY (eleven to nineteen
    and twenty, the century of a year in words, whose value it takes where
    the word has no date class).  The maps of the first two letters and of
    the shapes of these words (date_filters) spare the stage most lookups.
  the tokenizer
    a word flagged dot: a full stop after it, written as in the table, ends
    no sentence.
  the entity stage: data/gen_gazetteer.py reads the months, the weekdays
    that are no abbreviation and the titles as its context words.

A word whose rows give one stage two views is an error, as is a word longer
than TF_LEX_MAX_WORD (lexicon.h).

Usage: python3 data/gen_lexicon.py [--tsv FILE] [--out FILE]
"""
import argparse
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_inputs  # noqa: E402  (input versions for the header)

MAX_WORD = 15                   # TF_LEX_MAX_WORD in src/core/lexicon.h

CLASSES = {"month", "weekday", "season", "decade", "period", "article", "zero", "unit",
           "teen", "tens", "hundred", "scale", "dozen", "fraction", "ordinal", "and",
           "point", "minus", "over", "clock", "word", "title", "abbreviation"}
FLAGS = {"plural", "abbr", "aftercur", "unitord", "ambiguous", "stop", "date", "dot"}
NO_VALUE = {"and", "point", "minus", "over", "clock", "word", "title", "abbreviation"}

NUM_CLASS = {"article": "NW_A", "and": "NW_AND", "zero": "NW_ZERO", "unit": "NW_UNIT",
             "teen": "NW_TEEN", "tens": "NW_TENS", "hundred": "NW_HUNDRED",
             "scale": "NW_SCALE", "dozen": "NW_DOZEN", "point": "NW_POINT",
             "ordinal": "NW_ORD", "minus": "NW_MINUS", "over": "NW_OVER",
             "month": "NW_MONTH", "clock": "NW_CLOCK"}
NUM_FLAGS = [("plural", "NWF_PLURAL"), ("aftercur", "NWF_AFTER_CUR"), ("abbr", "NWF_ABBREV"),
             ("stop", "NWF_STOP"), ("unitord", "NWF_UNIT_ORD")]
DATE_FLAGS = [("abbr", "DWF_ABBR"), ("ambiguous", "DWF_AMBIG"), ("plural", "DWF_PLURAL")]
PERIODS = {"day": "PERIOD_DAY", "week": "PERIOD_WEEK", "month": "PERIOD_MONTH",
           "year": "PERIOD_YEAR", "quarter": "PERIOD_QUARTER", "weekend": "PERIOD_WEEKEND",
           "decade": "PERIOD_DECADE"}


def fail(msg):
    sys.exit("gen_lexicon: " + msg)


def read_rows(path):
    """(line, word, class, value, flags) of each row"""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                fail("%s:%d: four columns expected" % (path, n))
            word, cls, value, flags = cols
            flags = set() if flags == "-" else set(flags.split(","))
            if cls not in CLASSES:
                fail("%s:%d: unknown class %r" % (path, n, cls))
            if flags - FLAGS:
                fail("%s:%d: unknown flags %s" % (path, n, ", ".join(sorted(flags - FLAGS))))
            if (value == "-") != (cls in NO_VALUE):
                fail("%s:%d: class %s %s a value" % (path, n, cls,
                                                     "takes no" if cls in NO_VALUE else "needs"))
            if cls == "period":
                if value not in PERIODS:
                    fail("%s:%d: unknown period %r" % (path, n, value))
            elif value != "-":
                value = int(value)
            if not word.isascii() or len(word) > MAX_WORD or not word:
                fail("%s:%d: a word is ASCII of 1 to %d letters" % (path, n, MAX_WORD))
            yield n, word, cls, value, flags


def num_view(cls, value, flags):
    """(value, class, flags) as the numeral reader sees the word, or None"""
    if cls == "fraction":
        c = {2: "NW_HALF", 4: "NW_QUARTER"}.get(value)
        if c is None:
            fail("a fraction is half (2) or quarter (4)")
    elif cls == "word":
        if "stop" not in flags:
            return None
        c = "NW_OTHER"
    elif cls in NUM_CLASS:
        c = NUM_CLASS[cls]
    else:
        return None
    return (0 if value == "-" else value, c, [n for f, n in NUM_FLAGS if f in flags])


def date_view(cls, value, flags):
    """(class, value, flags) as the dates stage sees the word, or None"""
    if cls == "month":
        c, v = "DW_MONTH", value
    elif cls == "weekday":
        c, v = "DW_WEEKDAY", value
    elif cls == "season":
        c, v = "DW_SEASON", value
    elif cls == "decade":
        c, v = "DW_DECADE", value
    elif cls == "period":
        c, v = "DW_PERIOD", PERIODS[value]
    elif cls == "ordinal" and 1 <= value <= 31 and "plural" not in flags:
        c, v = "DW_ORD", value
    elif cls == "article" or cls == "unit" or (cls == "teen" and value <= 12):
        c, v = "DW_CARD", value
    elif cls == "tens" and value <= 30:
        c, v = "DW_TENS", value
    elif "date" in flags:
        c, v = "DW_WORD", 0
    else:
        return None
    return (c, v, [n for f, n in DATE_FLAGS if f in flags])


def date_extras(e):
    """adds DWF_SCALE and DWF_CENTURY, read from the numeral view, to the
    date view of entry e (making one if the word has none)"""
    num = e["num"]
    if num is None or "NWF_PLURAL" in num[2]:
        return
    scale = num[1] == "NW_SCALE" and "NWF_AFTER_CUR" not in num[2]
    century = (num[1] == "NW_TEEN" and num[0] >= 11) or (num[1] == "NW_TENS" and num[0] == 20)
    if not scale and not century:
        return
    c, v, flags = e["date"] or ("DW_NONE", num[0] if century else 0, [])
    e["date"] = (c, v, flags + ["DWF_SCALE" if scale else "DWF_CENTURY"])


# bits of the map of shapes (tf_lexicon_date_shapes; lexicon.h, tf_lex_shape)
NSHAPES = 4096


def shape(word):
    """tf_lex_shape of lexicon.h: first and last bytes and length"""
    b = word.encode("utf-8")
    return ((b[0] * 31 + b[-1]) * 16 + len(b)) & (NSHAPES - 1)


def date_filters(table):
    """the C lines of tf_lexicon_date_pairs and tf_lexicon_date_shapes: the
    first two letters (bit 26: a word of one letter) and the shapes of the
    words with a date view whose first two bytes are letters"""
    pairs = [0] * 26
    shapes = [0] * (NSHAPES // 64)
    for k, e in table.items():
        if e["date"] is None or not ("a" <= k[0] <= "z") or \
                (len(k) > 1 and not ("a" <= k[1] <= "z")):
            continue
        pairs[ord(k[0]) - ord("a")] |= (1 << (ord(k[1]) - ord("a"))) if len(k) > 1 else (1 << 26)
        h = shape(k)
        shapes[h // 64] |= 1 << (h % 64)
    out = ["const uint32_t tf_lexicon_date_pairs[26] = {"]
    for i in range(0, 26, 8):
        out.append("\t" + " ".join("0x%08xu," % x for x in pairs[i:i + 8]))
    out += ["};", "", "const uint64_t tf_lexicon_date_shapes[%d] = {" % (NSHAPES // 64)]
    for i in range(0, len(shapes), 4):
        out.append("\t" + " ".join("UINT64_C(0x%016x)," % x for x in shapes[i:i + 4]))
    return out + ["};", ""]


def num_filter(table):
    """the C lines of tf_lexicon_num_last: for each length in bytes and first
    letter, bit (last letter - 'a') of the words with a numeral view that
    begin and end with a letter a-z"""
    last = [[0] * 26 for _ in range(MAX_WORD + 1)]
    for k, e in table.items():
        b = k.encode("utf-8")
        if e["num"] is None or not b or len(b) > MAX_WORD or \
                not (ord("a") <= b[0] <= ord("z")) or not (ord("a") <= b[-1] <= ord("z")):
            continue
        last[len(b)][b[0] - ord("a")] |= 1 << (b[-1] - ord("a"))
    out = ["const uint32_t tf_lexicon_num_last[TF_LEX_MAX_WORD + 1][26] = {"]
    for row in last:
        out.append("\t{" + ", ".join("0x%x" % x for x in row) + "},")
    return out + ["};", ""]


def entries(rows):
    """{key: {"num", "date", "dotted"}}, each view from at most one row"""
    out = {}
    for n, word, cls, value, flags in rows:
        e = out.setdefault(word.lower(), {"num": None, "date": None, "dotted": None})
        for view, v in (("num", num_view(cls, value, flags)),
                        ("date", date_view(cls, value, flags)),
                        ("dotted", word if "dot" in flags else None)):
            if v is None:
                continue
            if e[view] is not None:
                fail("line %d: %r has a second %s sense" % (n, word, view))
            e[view] = v
    return out


def context_words(path=os.path.join(HERE, "lexicon.tsv")):
    """(word, context class) of the lexicon's words that the entity stage
    reads around a name (data/gen_gazetteer.py): months and the weekdays
    that are no abbreviation ("Mon", "Sun" and "Sat" are words and names
    too) as time words, abbreviated titles as titles"""
    out = []
    for n, word, cls, value, flags in read_rows(path):
        if cls == "month" or (cls == "weekday" and "abbr" not in flags):
            out.append((word, "time"))
        elif cls == "title":
            out.append((word, "title"))
    return out


def c_flags(flags):
    return " | ".join(flags) if flags else "0"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsv", default=os.path.join(HERE, "lexicon.tsv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "src/core/generated/lexicon_data.c"))
    args = ap.parse_args()
    # one hash table layout (FNV-1a, linear probing), one string pool
    from gen_gazetteer import StrPool, comment, slot_table_lines

    with open(args.tsv, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    table = entries(read_rows(args.tsv))
    for e in table.values():
        date_extras(e)
    keys = sorted(table, key=lambda k: k.encode("utf-8"))
    pool = StrPool("tf_lexicon_pool")
    lines = []
    for k in keys:
        e = table[k]
        num = e["num"] or (0, "NW_NONE", [])
        date = e["date"] or ("DW_NONE", 0, [])
        lines.append('\t{%d, %d, {%d, %s, %s}, {%s, %s, %s}}, /* %s */'
                     % (pool.off(k), pool.off(e["dotted"] or None),
                        num[0], num[1], c_flags(num[2]),
                        date[0], date[1], c_flags(date[2]), comment(k)))
    out = ["/*",
           " * lexicon_data.c — GENERATED by data/gen_lexicon.py; do not edit.",
           " * Sources: data/lexicon.tsv (this project's).  See src/core/lexicon.h.",
           gen_inputs.header(["data/lexicon.tsv sha256:" + digest]),
           " */",
           '#include "lexicon.h"',
           "",
           "const tf_lexword tf_lexicon[] = {"] + lines + [
           "};",
           "",
           "const size_t tf_lexicon_size = sizeof(tf_lexicon) / sizeof(tf_lexicon[0]);",
           ""] + slot_table_lines("tf_lexicon", keys) + date_filters(table) + \
        num_filter(table) + pool.lines() + [""]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
