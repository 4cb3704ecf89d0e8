#!/usr/bin/env python3
"""Generates src/core/generated/gazetteer_i18n_data.c: country names in other languages.

Sources, read at generation time only (a build needs none of them):
  - iso-codes (Debian package iso-codes, LGPL-2.1+): the gettext catalogues
    /usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo translate the ISO names.
  - ICU (Debian package libicu, Unicode licence): CLDR territory display names,
    printed by data/icu_names.c (built by this script with cc and pkg-config).
  - npm package i18n-iso-countries (MIT), its langs/LANG.json official names and
    aliases; pinned in data/package.json and installed by `cd data && npm ci`.
  - Debian's word lists of German, Dutch, Polish and Ukrainian (wngerman, wdutch,
    wpolish, wukrainian; GPL/LGPL word lists) and data/i18n_common_words.tsv: a name that is also a common
    word of its own language ("Gana" is Ghana, and "wins", in Spanish) is read
    as the country only inside a sentence, not as its first word.
  - A name in Latin script is never read in English text (where "Argentine",
    "Salvador" or "Mauricio" are adjectives and people): src/core/langid.c
    tells English text by its function words.
  - SCOWL's American English word list (Debian package wamerican, /usr/share/dict;
    SCOWL licence, permissive): a translated name that is a common English word
    ("Island" is Iceland in German, "Man" the Isle of Man) is kept only behind a
    language gate: it is found only in text of its own language.

Names are keyed as src/core/gazetteer.c keys text (see gen_gazetteer.py, whose
helpers this script uses).  A name that is already an English gazetteer key is
left to the English table; a name claimed by two countries is dropped.
Languages written without spaces (Chinese, Japanese, Thai, ...) need another
lookup and are left out.

Usage: python3 data/gen_i18n_gazetteer.py [--out FILE]
"""
import argparse
import gettext
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_gazetteer as g  # noqa: E402  (tokens, norm_key, hashing, C strings)
import gen_inputs  # noqa: E402  (input versions for the header)

I18N_PKG = "i18n-iso-countries"
# language -> code in langid.h; Latin-script ones have a stop-word detector in
# src/core/langid.c, the others cannot collide with English words
LANGS = {"de": 1, "es": 2, "fr": 3, "pt": 4, "it": 5, "nl": 6,
         "ru": 7, "uk": 8, "bg": 9, "el": 10, "pl": 11, "tr": 12}
FLAG_GATED = 0x01   # a common English word: found only in text of its language
FLAG_UPPER = 0x02   # an abbreviation (США, ABD): found only in capitals
FLAG_OWNWORD = 0x04  # a common word of its own language: not as a sentence's first word
FLAG_LATIN = 0x08   # Latin script: not found in English text (names, adjectives)
# only lists that keep proper nouns capitalised can tell "gana" from "Gana";
# the Spanish, French, Portuguese, Italian and Bulgarian lists write names in
# lower case, so those languages rely on data/i18n_common_words.tsv
WORDLISTS = {"de": "ngerman", "nl": "dutch", "pl": "polish", "uk": "ukrainian"}


def icu_names(codes, langs):
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"],
                           capture_output=True, text=True, check=True).stdout.split()
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "icu_names")
        subprocess.run(["cc", "-o", exe, os.path.join(HERE, "icu_names.c")] + flags, check=True)
        out = subprocess.run([exe, "territories"] + langs, input="\n".join(codes),
                             capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        lang, code, name = line.split("\t")
        yield lang, code, name


def npm_names():
    pkgdir = os.path.join(HERE, "node_modules", I18N_PKG)
    if not os.path.isdir(pkgdir):
        sys.exit("gen_i18n_gazetteer: %s is missing (cd data && npm ci)" % pkgdir)
    for lang in LANGS:
        path = os.path.join(pkgdir, "langs", lang + ".json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for code, names in json.load(f)["countries"].items():
                for name in (names if isinstance(names, list) else [names]):
                    yield lang, code, name


def isocodes_names(countries):
    for lang in LANGS:
        mo = "/usr/share/locale/%s/LC_MESSAGES/iso_3166-1.mo" % lang
        if not os.path.exists(mo):
            continue
        with open(mo, "rb") as f:
            t = gettext.GNUTranslations(f)
        for c in countries:
            for field in ("name", "common_name", "official_name"):
                if c.get(field):
                    tr = t.gettext(c[field])
                    if tr != c[field]:
                        yield lang, c["alpha_2"], tr


def english_words():
    words = set()
    path = "/usr/share/dict/american-english"
    if not os.path.exists(path):
        sys.exit("gen_i18n_gazetteer: %s is missing (apt-get install wamerican)" % path)
    with open(path, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w == w.lower() and not w.endswith("'s"):
                words.add(w)
    return words


def own_words():
    """lang -> set of common (lower-case) words of that language"""
    out = {}
    for lang, name in WORDLISTS.items():
        path = "/usr/share/dict/" + name
        if not os.path.exists(path):
            sys.exit("gen_i18n_gazetteer: %s is missing (apt-get install w%s)" % (path, name))
        with open(path, encoding="utf-8", errors="replace") as f:
            out[lang] = {w.strip() for w in f if w.strip() and w.strip() == w.strip().lower()}
    for row in g.read_tsv(os.path.join(HERE, "i18n_common_words.tsv")):
        out.setdefault(row[0], set()).add(row[1])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "src/core/generated/gazetteer_i18n_data.c"))
    args = ap.parse_args()

    with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    codes = {c["alpha_2"] for c in countries}

    # the keys the English gazetteer already has
    english_keys = set()
    for c in countries:
        for field in ("name", "common_name", "official_name"):
            if c.get(field):
                english_keys.add(g.norm_key(g.tokens(c[field])))
    for row in g.read_tsv(os.path.join(HERE, "countries_news.tsv")):
        english_keys.add(g.norm_key(g.tokens(row[0])))
    words = english_words()
    ownwords = own_words()
    upper_names = set()

    cands = {}  # key -> {(lang, code)}
    names = list(icu_names(sorted(codes), list(LANGS))) + list(npm_names()) + \
        list(isocodes_names(countries))
    for lang, code, name in names:
        if code not in codes or not name or "," in name or "(" in name:
            continue
        toks = g.tokens(name)
        if not toks or len(toks) > 12:
            continue
        key = g.norm_key(toks)
        if key in english_keys or len(key.encode()) >= 160:
            continue
        # a one-letter or two-letter name is an abbreviation clash waiting to happen
        if len(key) < 3:
            continue
        cands.setdefault(key, set()).add((lang, code))
        letters = [ch for ch in name if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters) and len(letters) <= 6:
            upper_names.add(key)

    entries = []
    for key, pairs in cands.items():
        codes_for_key = {c for _, c in pairs}
        if len(codes_for_key) != 1:
            continue  # two countries under one name in different languages: ambiguous
        code = codes_for_key.pop()
        langs = sorted({l for l, _ in pairs}, key=lambda l: LANGS[l])
        gated = key in words or key.replace("-", " ") in words
        flags = FLAG_GATED if gated else 0
        if key in upper_names:
            flags |= FLAG_UPPER
        if any(key in ownwords.get(l, ()) for l in langs):
            flags |= FLAG_OWNWORD
        if all(unicodedata.name(ch, "").startswith("LATIN") for ch in key if ch.isalpha()):
            flags |= FLAG_LATIN
        # a gated name fires only in text of one of its languages (bit mask)
        mask = 0
        for l in langs:
            mask |= 1 << LANGS[l]
        entries.append(dict(key=key, code=code, mask=mask, flags=flags,
                            ntok=len(g.tokens(key))))
    entries.sort(key=lambda e: e["key"])
    starts = {}
    for e in entries:
        first = g.norm_key(g.tokens(e["key"])[:1])
        starts[first] = max(starts.get(first, 0), e["ntok"])
    start_keys = sorted(starts)

    out = ["/*\n * gazetteer_i18n_data.c — GENERATED by data/gen_i18n_gazetteer.py; do not edit.\n"
           " * Country names in other languages.  Sources: iso-codes gettext catalogues\n"
           " * (LGPL-2.1+), ICU/CLDR territory names (Unicode licence), npm %s (MIT);\n"
           " * English word gate from SCOWL (wamerican).  See data/README.md.\n%s\n */"
           % (I18N_PKG, gen_inputs.header(
               [gen_inputs.debian("iso-codes"), gen_inputs.icu(), gen_inputs.npm(I18N_PKG),
                gen_inputs.debian("wamerican")] +
               [gen_inputs.debian("w" + w) for _, w in sorted(WORDLISTS.items())])),
           '#include "gazetteer_i18n.h"\n',
           "const tf_i18n_entry tf_i18n_entries[] = {"]
    pool = g.StrPool("tf_i18n_pool")
    for e in entries:
        out.append("\t{%d, %d, 0x%04x, %d, %d}, /* %s */" % (
            pool.off(e["key"]), pool.off(e["code"]), e["mask"], e["flags"], e["ntok"],
            g.comment(e["key"])))
    out.append("};")
    out.append("const uint32_t tf_i18n_nentries = %d;" % len(entries))
    # the English tables' probing and slots: a slot's hash spares a miss the key
    out += g.slot_table_lines("tf_i18n", [e["key"] for e in entries])
    out.append("const tf_i18n_start tf_i18n_starts[] = {")
    for k in start_keys:
        out.append("\t{%d, %d}, /* %s */" % (pool.off(k), starts[k], g.comment(k)))
    out.append("};")
    out += g.slot_table_lines("tf_i18n_start", start_keys)
    out += pool.lines()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    nf = [sum(1 for e in entries if e["flags"] & fl) for fl in (FLAG_GATED, FLAG_UPPER, FLAG_OWNWORD)]
    print("%s: %d names (%d behind a language gate, %d capitals only, %d own-language words),"
          " %d starts" % (args.out, len(entries), nf[0], nf[1], nf[2], len(start_keys)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
