"""data/gen_inputs.py — the versions of what the generators read.

Each generated file under src/core/generated/ records, in a header line
" * Inputs: name version; ...", the versions of the Debian packages, npm
packages and libraries its generator read.  make check-generated
(data/check_generated.py) regenerates the files and, when one differs from
what is committed, names the inputs whose versions differ, so that a changed
table is told apart from a changed source.
"""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def debian(pkg):
    """'pkg VERSION' of an installed Debian package"""
    try:
        v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True,
                           text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        v = "missing"
    return "%s %s" % (pkg, v)


def npm(pkg):
    """'npm pkg VERSION' of a package that `npm ci` installed in data/"""
    try:
        with open(os.path.join(HERE, "node_modules", pkg, "package.json"), encoding="utf-8") as f:
            v = json.load(f)["version"]
    except OSError:
        v = "missing"
    return "npm %s %s" % (pkg, v)


def icu():
    """'ICU VERSION' of the library pkg-config finds"""
    try:
        v = subprocess.run(["pkg-config", "--modversion", "icu-uc"], capture_output=True,
                           text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        v = "missing"
    return "ICU " + v


def header(inputs):
    """the header line, wrapped between inputs as a C comment's lines"""
    lines, cur = [], " * Inputs:"
    for k, item in enumerate(inputs):
        item += "." if k == len(inputs) - 1 else ";"
        if len(cur) + 1 + len(item) > 79:
            lines.append(cur)
            cur = " *  "
        cur += " " + item
    lines.append(cur)
    return "\n".join(lines)


def parse(text):
    """{name: version} from a generated file's Inputs line(s)"""
    start = text.find(" * Inputs: ")
    if start < 0:
        return {}
    end = text.find(".\n", start)
    body = " ".join(l.strip(" *") for l in text[start:end].split("\n"))
    out = {}
    for item in body[len("Inputs: "):].split(";"):
        name, _, version = item.strip().rpartition(" ")
        out[name] = version
    return out
