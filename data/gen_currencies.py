#!/usr/bin/env python3
"""Generates src/core/generated/currency_data.c, the compiled-in currency tables.

Sources (read at generation time only; a build needs none of them):
  - ICU (libicu, Unicode licence), through data/dump_icu_currencies.c: every currency
    code ICU knows (ucurr_openISOCurrencies(UCURR_ALL): current and historic), its
    minor units (ucurr_getDefaultFractionDigits), its English symbol, narrow symbol,
    name and plural names (ucurr_getName, ucurr_getPluralName), and the currency each
    territory uses today (ucurr_forLocale).
  - iso-codes (Debian package iso-codes, LGPL-2.1+): /usr/share/iso-codes/json/iso_4217.json,
    the current ISO 4217 list; iso_3166-1.json, country names ("Malaysia ringgit").
  - data/currency_news.tsv (this project): the forms news uses that CLDR lacks or
    means otherwise (Rs, C$, bn-style slang, cents and pence, coins), and the dollar
    option.

No currency is written by hand: codes, symbols and names all come from ICU and
iso-codes; families of bare names ("rupees", "francs", "dinars") are the current
currencies whose English name ends in that word.

Keys are the form's tokens, cut as src/core/tokenize.c cuts text, lower-cased and
joined by one space ("HK$" -> "hk $"); the table is sorted bytewise.  The matcher
(src/core/money.c) reads them through the steps: every key, and the first tokens of
every longer one ("hong kong" of "hong kong dollars"), found by hash.

Usage: python3 data/gen_currencies.py [--icu-dump FILE] [--iso-dir DIR] [--out FILE]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gen_gazetteer import StrPool, comment, char_class, slot_table_lines  # noqa: E402  (one tokenizer model, one C quoting, one hash)
import gen_inputs  # noqa: E402  (input versions for the header)

# target kinds, flags: keep in step with src/core/currency.h
T_FIXED, T_DOLLAR, T_FAMILY = 0, 1, 2
F_CODE = 0x001
F_SYMBOL = 0x002
F_NAME = 0x004
F_CASE = 0x008
F_LOWER = 0x010
F_AFTER = 0x020
F_UNSAFE = 0x040
F_SUB = 0x080
F_COIN = 0x100
F_FRAGMENT = 0x200
FLAG_NAMES = {"symbol": F_SYMBOL, "name": F_NAME, "case": F_CASE, "lower": F_LOWER,
              "after": F_AFTER, "unsafe": F_UNSAFE, "sub": F_SUB, "fragment": F_FRAGMENT,
              "code": F_CODE}


def tokens(name):
    """the tokens of name, as src/core/tokenize.c cuts them"""
    out, i, n = [], 0, len(name)
    while i < n:
        cl = char_class(name[i])
        if cl in ("space", "joiner"):
            i += 1
            continue
        j = i + 1
        if cl == "word":
            while j < n and char_class(name[j]) in ("word", "joiner"):
                j += 1
        elif cl == "digit":
            while j < n and "0" <= name[j] <= "9":
                j += 1
        out.append(name[i:j])
        i = j
    return out


def lower(s):
    return "".join((c.lower() if len(c.lower()) == 1 else c.lower()[0]) for c in s)


def key_of(form):
    toks = tokens(form)
    return " ".join(lower(t) for t in toks), len(toks)


def icu_dump(path):
    if path:
        with open(path, encoding="utf-8") as f:
            return f.read()
    src = os.path.join(HERE, "dump_icu_currencies.c")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"],
                           capture_output=True, text=True, check=True).stdout.split()
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "dump")
        subprocess.run(["cc", "-O1", "-o", exe, src] + flags, check=True)
        return subprocess.run([exe], capture_output=True, text=True, check=True).stdout


def has_sign(s):
    """a symbol that is not only letters (letter symbols come from the news table)"""
    return any(not unicodedata.category(c).startswith("L") and not c.isspace() for c in s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--icu-dump", help="output of dump_icu_currencies (default: build and run it)")
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--out", default=os.path.join(ROOT, "src/core/generated/currency_data.c"))
    args = ap.parse_args()

    icu = {}
    territories = {}  # code -> [alpha-2]
    foreign = []  # (language, code, name) from CLDR
    history = {}  # code -> [(alpha-2, first year, last year)] of legal tender (CLDR)
    for line in icu_dump(args.icu_dump).splitlines():
        f = line.split("\t")
        if f[0] == "C":
            f += [""] * (8 - len(f))
            icu[f[1]] = dict(digits=int(f[2]), symbol=f[3], narrow=f[4], names=[n for n in f[5:8] if n])
        elif f[0] == "T":
            territories.setdefault(f[2], []).append(f[1])
        elif f[0] == "N":
            foreign.append((f[1], f[2], f[3]))
        elif f[0] == "H":
            history.setdefault(f[2], []).append((f[1], int(f[3]), int(f[4])))
    with open(os.path.join(args.iso_dir, "iso_4217.json"), encoding="utf-8") as fh:
        current = {c["alpha_3"] for c in json.load(fh)["4217"]}
    with open(os.path.join(args.iso_dir, "iso_3166-1.json"), encoding="utf-8") as fh:
        country_names = {}
        for c in json.load(fh)["3166-1"]:
            country_names[c["alpha_2"]] = [c[k] for k in ("name", "common_name")
                                           if c.get(k) and "," not in c[k] and "(" not in c[k]]
    codes = sorted(set(icu) | current)
    # legal tender somewhere today: the members of a family of bare names
    tender = {c for c in territories if c in current}
    # legal tender once, and no more (the franc of France, the escudo of
    # Portugal): members of their families too, chosen only for a text of
    # their countries and era (money.c)
    historic = {c for c in history if c not in current and c in icu and c not in tender}
    # the years of legal tender: since (the first), until (the last; 0: still)
    HIST_LAST = 2030
    since = {c: min(y1 for _, y1, _ in h) for c, h in history.items()}
    until = {c: max(y2 for _, _, y2 in h) for c, h in history.items()}

    forms = {}  # key -> dict(target, codes, default, flags, ntok)

    def put(form, target, cands, flags, default=None, coin=None, replace=False):
        key, ntok = key_of(form)
        if not key or len(key.encode("utf-8")) >= 48:
            return
        old = forms.get(key)
        if old is not None and not replace:
            # the same key from two sources: merge candidates, keep the first flags
            if old["target"] == T_FAMILY or target == T_FAMILY or old["codes"] != cands:
                merged = sorted(set(old["codes"]) | set(cands))
                old["codes"] = merged
                old["target"] = T_FIXED if len(merged) == 1 else T_FAMILY
            return
        forms[key] = dict(target=target, codes=list(cands), default=default, flags=flags,
                          ntok=ntok, coin=coin)

    # 1. every ISO code, current or historic
    for c in codes:
        put(c, T_FIXED, [c], F_CODE | F_CASE)

    # 2. symbols: the English symbol names one currency; the narrow symbol is
    #    shared ("¥" is yen and yuan), the English symbol is then its default
    by_symbol = {}
    for c in codes:
        s = icu.get(c, {}).get("symbol", "")
        if s and s != c and has_sign(s):
            by_symbol.setdefault(key_of(s)[0], (s, set()))[1].add(c)
    narrow = {}
    for c in sorted(current):
        s = icu.get(c, {}).get("narrow", "")
        if s and s != c and has_sign(s):
            narrow.setdefault(key_of(s)[0], (s, set()))[1].add(c)
    for k in sorted(set(by_symbol) | set(narrow)):
        s = (by_symbol.get(k) or narrow.get(k))[0]
        exact = by_symbol.get(k, (s, set()))[1]
        cands = sorted(exact | narrow.get(k, (s, set()))[1])
        if len(cands) == 1:
            put(s, T_FIXED, cands, F_SYMBOL)
        else:
            default = sorted(exact)[0] if len(exact) == 1 else None
            put(s, T_FAMILY, cands, F_SYMBOL, default=default)

    # 3. names and plural names; a name of a current currency wins over a
    #    historic one ("French franc" is FRF, "Swiss franc" CHF)
    by_name = {}
    for c in codes:
        # the X codes that no territory uses are metals and units of account
        # ("Gold", "Special Drawing Rights"): their names are ordinary words
        if c.startswith("X") and c not in territories:
            continue
        for n in icu.get(c, {}).get("names", []):
            if "(" in n or any(ch.isdigit() for ch in n):
                continue
            by_name.setdefault(key_of(n)[0], (n, set()))[1].add(c)
    for k in sorted(by_name):
        n, cs = by_name[k]
        cur = {c for c in cs if c in current}
        cands = sorted(cur or cs)
        put(n, T_FIXED if len(cands) == 1 else T_FAMILY, cands, F_NAME)
        # written together ("egyptianpound"), as chat and tags do
        if " " in n and len(cands) == 1 and cands[0] in current:
            put(n.replace(" ", ""), T_FIXED, cands, F_NAME | F_AFTER)

    # 4. families: a bare "rupees" is one of the current currencies named
    #    "... rupee"; the document's countries choose (money.c)
    families = {}
    for c in sorted(tender | historic):
        for n in icu[c]["names"] if c in icu else []:
            if "(" in n or any(ch.isdigit() for ch in n):
                continue
            families.setdefault(lower(n.split()[-1]), set()).add(c)
    for w in sorted(families):
        cands = sorted(families[w])
        put(w, T_FIXED if len(cands) == 1 else T_FAMILY, cands, F_NAME)
        # "Malaysia ringgit", "Pakistan rupees": the country's name and the word
        for c in cands:
            for t in territories.get(c, []):
                for cn in country_names.get(t, []):
                    put(cn + " " + w, T_FIXED, [c], F_NAME)

    # 4b. names in other languages (CLDR through ICU), read only after a number
    #     ("50 Dollar", "10 dólares", "100 рублей"), as the issue on other
    #     languages asks.  A full name names its currency; a single word that
    #     the names of two or more current currencies of one language share
    #     ("dólares", "рублей") names that family, and a family of dollars
    #     only is the dollar option, as "dollars" is in English.  A key English
    #     already has keeps its English meaning.
    dollar_family = set(families.get("dollar", ())) & tender
    english_words = set()
    if os.path.exists("/usr/share/dict/american-english"):
        with open("/usr/share/dict/american-english", encoding="utf-8") as fh:
            english_words = {w.strip() for w in fh if w.strip() == w.strip().lower()}
    word_codes = {}  # (language, word) -> codes
    for lang, c, n in foreign:
        if c not in tender or "(" in n or any(ch.isdigit() for ch in n):
            continue
        if key_of(n)[0] not in forms:
            put(n, T_FIXED, [c], F_NAME | F_AFTER)
        words = tokens(n)
        if len(words) == 1:
            continue
        for w in words:
            if char_class(w[0]) == "word" and len(w) > 2:
                word_codes.setdefault((lang, lower(w)), set()).add(c)
    bare = {}
    for (lang, w), cs in word_codes.items():
        if len(cs) >= 2:
            bare.setdefault(w, set()).update(cs)
    for w in sorted(bare):
        if key_of(w)[0] in forms:
            continue
        cs = bare[w]
        flags = F_NAME | F_AFTER | (F_UNSAFE if w in english_words else 0)
        if cs <= dollar_family:
            put(w, T_DOLLAR, [], flags)
        else:
            put(w, T_FAMILY, sorted(cs), flags)

    # 5. the news table adds and corrects
    with open(os.path.join(HERE, "currency_news.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            row = line.split("\t") + ["", ""]
            form, target, flagtext = row[0], row[1], row[2]
            flags, default, coin = 0, None, None
            for fl in filter(None, flagtext.split(",")):
                if fl.startswith("default="):
                    default = fl[8:]
                elif fl.startswith("coin="):
                    coef, exp = fl[5:].split(":")
                    coin = (int(coef), int(exp))
                    flags |= F_COIN
                else:
                    flags |= FLAG_NAMES[fl]
            key = key_of(form)[0]
            if target == "=":
                if key not in forms:
                    sys.exit("currency_news.tsv: %s: no generated form to amend" % form)
                forms[key]["flags"] |= flags
                continue
            if target == "$":
                put(form, T_DOLLAR, [], flags, coin=coin, replace=True)
            elif target == "-":
                # money with no ISO 4217 code (bitcoin): the unit stays NULL
                put(form, T_FIXED, [], flags, coin=coin, replace=True)
            elif target.startswith("fam:"):
                cands = sorted(families.get(target[4:], ()))
                if not cands:
                    sys.exit("currency_news.tsv: %s: no family %s" % (form, target))
                put(form, T_FAMILY, cands, flags, default=default, coin=coin, replace=True)
            else:
                if target not in icu and target not in current:
                    sys.exit("currency_news.tsv: %s: unknown code %s" % (form, target))
                put(form, T_FIXED, [target], flags, coin=coin, replace=True)

    for k, f in forms.items():
        for c in f["codes"] + ([f["default"]] if f["default"] else []):
            assert c in icu or c in current, (k, c)

    keys = sorted(forms, key=lambda k: k.encode("utf-8"))
    maxtok = max(forms[k]["ntok"] for k in keys)

    out = []
    out.append("/*\n * currency_data.c — GENERATED by data/gen_currencies.py; do not edit.\n"
               " * Sources: ICU %s (ucurr_*: codes, minor units, CLDR symbols and names,\n"
               " * territory currencies), iso-codes iso_4217.json and iso_3166-1.json,\n"
               " * data/currency_news.tsv.  See data/README.md.\n%s\n */"
               % (icu_version(), gen_inputs.header([gen_inputs.icu(), gen_inputs.debian("iso-codes")])))
    out.append('#include "currency.h"\n')
    pool = StrPool("tf_currency_pool")
    out.append("const tf_currency tf_currencies[] = {")
    for c in codes:
        digits = icu[c]["digits"] if c in icu else 2
        if c in current:
            terr = "".join(sorted(territories.get(c, [])))
        else:
            terr = "".join(sorted({t for t, _, _ in history.get(c, [])}))
        last = until.get(c, 0)
        out.append("\t{%d, %d, %d, %d, %d, %d}, /* %s */" % (
            pool.off(c), digits, int(c in current), pool.off(terr), since.get(c, 0),
            0 if c in current or last >= HIST_LAST else last, c))
    out.append("};")
    out.append("const int	tf_ncurrencies = %d;\n" % len(codes))
    out.append("const tf_currency_form tf_currency_forms[] = {")
    for k in keys:
        f = forms[k]
        coin = f["coin"] or (0, 0)
        out.append("\t{%d, %d, %d, 0x%03x, %d, %d, %d, %d}, /* %s */" % (
            pool.off(k), pool.off("".join(f["codes"])), pool.off(f["default"]), f["flags"],
            f["target"], f["ntok"], coin[0], coin[1], comment(k)))
    out.append("};")
    out.append("const int	tf_ncurrency_forms = %d;\n" % len(keys))
    # the steps of the matcher, which extends a key one token at a time: each
    # key it may build on the way to a form (the form's own, or the first
    # tokens of a longer one), the form it is, and whether a longer key goes
    # on from it; a first token is a step with no space
    steps = {}  # key -> [1 + form index or 0, more]
    for idx, k in enumerate(keys):
        steps.setdefault(k, [0, 0])[0] = idx + 1
        parts = k.split(" ")
        for m in range(1, len(parts)):
            steps.setdefault(" ".join(parts[:m]), [0, 0])[1] = 1
    skeys = sorted(steps, key=lambda k: k.encode("utf-8"))
    assert len(keys) < 0xFFFF, "tf_currency_step.form is a uint16_t"
    out.append("const tf_currency_step tf_currency_steps[] = {")
    for k in skeys:
        out.append("\t{%d, %d, %d}, /* %s */" % (pool.off(k), steps[k][0], steps[k][1], comment(k)))
    out.append("};")
    out.append("const int	tf_ncurrency_steps = %d;\n" % len(skeys))
    out += slot_table_lines("tf_currency_steps", skeys)
    # a filter of the first tokens in ASCII (money.c's token_step): by length
    # and first letter, the last letters (0-25 a-z, 26 any other byte)
    FILTER_LEN = 32  # keep in step with TF_CUR_FILTER_LEN in src/core/currency.h

    def bucket(b):
        return b - 97 if 97 <= b <= 122 else 26
    filt = [[0] * 27 for _ in range(FILTER_LEN)]
    for k in skeys:
        b = k.encode("utf-8")
        if " " not in k and b.isascii() and len(b) < FILTER_LEN:
            filt[len(b)][bucket(b[0])] |= 1 << bucket(b[-1])
    out.append("const uint32_t tf_currency_first_filter[%d][27] = {" % FILTER_LEN)
    for row in filt:
        out.append("\t{" + ", ".join("0x%x" % v for v in row) + "},")
    out.append("};\n")
    out.append("const int	tf_currency_max_tokens = %d;" % maxtok)
    out.append("")
    out += pool.lines()
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print("%s: %d currencies, %d forms" % (args.out, len(codes), len(keys)))


def icu_version():
    try:
        return subprocess.run(["pkg-config", "--modversion", "icu-uc"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "(unknown version)"


if __name__ == "__main__":
    main()
