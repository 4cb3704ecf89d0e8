#!/usr/bin/env python3
"""scripts/check_callgraph.py — no call cycle between the files of src/core, nor
between those of src/pg.

For each object file the symbols it defines and those it uses come from nm;
file A depends on file B when A uses a symbol B defines.  A cycle between
files (A uses B, B uses A, directly or through others) means a file is both
a library and a caller of its callers: the layering that lets each stage be
read, tested and replaced alone is gone.  Prints one TAP line per directory
and, for a failure, the files of each cycle and a symbol of each edge.

usage: scripts/check_callgraph.py DIR:OBJ... [DIR:OBJ...]
       (make check-callgraph, a stage of scripts/test, passes build/core/*.o,
       build/core/generated/*.o and src/pg/*.o)
"""
import collections
import os
import subprocess
import sys


def symbols(obj):
    """(defined, undefined) global symbols of an object file"""
    out = subprocess.run(["nm", "-g", "--defined-only", obj], capture_output=True, text=True,
                         check=True).stdout
    defined = {l.split()[-1] for l in out.splitlines() if len(l.split()) == 3}
    out = subprocess.run(["nm", "-g", "--undefined-only", obj], capture_output=True, text=True,
                         check=True).stdout
    undefined = {l.split()[-1] for l in out.splitlines() if l.split()}
    return defined, undefined


def cycles(objs):
    """the strongly connected components of more than one file, with edges"""
    owner, uses = {}, {}
    for o in objs:
        d, u = symbols(o)
        for s in d:
            owner[s] = o
        uses[o] = u
    edges = collections.defaultdict(dict)
    for o, us in uses.items():
        for s in sorted(us):
            if s in owner and owner[s] != o:
                edges[o].setdefault(owner[s], s)
    # Tarjan's algorithm
    index, low, stack, on, comps = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(uses):
        if v not in index:
            visit(v)
    return comps, edges


def main():
    groups = collections.OrderedDict()
    for arg in sys.argv[1:]:
        name, _, obj = arg.partition(":")
        groups.setdefault(name, []).append(obj)
    if not groups:
        sys.exit(__doc__)
    bad = 0
    for n, (name, objs) in enumerate(groups.items(), 1):
        comps, edges = cycles(objs)
        if not comps:
            print("ok %d - no call cycle between the %d files of %s" % (n, len(objs), name))
            continue
        bad += 1
        print("not ok %d - %d call cycle(s) between the files of %s" % (n, len(comps), name))
        for comp in comps:
            names = [os.path.basename(c).replace(".o", ".c") for c in comp]
            print("# cycle: " + ", ".join(names))
            for a in comp:
                for b, sym in sorted(edges[a].items()):
                    if b in comp:
                        print("#   %s -> %s (%s)" % (os.path.basename(a).replace(".o", ".c"),
                                                    os.path.basename(b).replace(".o", ".c"), sym))
    print("1..%d" % len(groups))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
