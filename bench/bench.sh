#!/usr/bin/env bash
# bench/bench.sh (make bench) — textfacts against PostgreSQL's own
# to_tsvector('english', body), measured in one run on a throwaway cluster.
#
# The 1,599 VOA articles (test/data/voa-news.txt.gz, 5.95 MB) are loaded into
# articles(id, published, body).  Then, alternated, RUNS times each (median):
#   1. SELECT sum(length(to_tsvector('english', body))) FROM articles  (the yardstick)
#   2. SELECT count(*) FROM articles, textfacts.extract(body, published)
#   3. SELECT sum(length(textfacts.to_factvector(body, published)::text)) FROM articles
#   4. CREATE INDEX ... USING gin (textfacts.to_factvector(body, published))
#      against CREATE INDEX ... USING gin (to_tsvector('english', body))
# each as a ratio to its yardstick (1-3 to the first, 4 to the tsvector
# index); parallel query and JIT off.  Then:
#   5. the CLI over the same file: MB/s (median of RUNS) and, with valgrind,
#      instructions per byte (callgrind); with BASELINE=REV also the CLI of
#      that commit, built apart and alternated with this one;
#   6. the backend's VmHWM and RssAnon (/proc/PID/status) after 1 pass of
#      extract() over the table and after 10;
#   7. extract() over a table of COPIES x 1,599 articles with
#      max_parallel_workers_per_gather = 0 and = 2;
#   8. the first call in a fresh connection, median of FRESH connections:
#      SELECT 1, LOAD 'textfacts', the first extract(), and pg_trgm's first
#      similarity() for comparison;
#   9. cost growth: ms per MB of one extract() over single documents of 1 KB,
#      10 KB, 100 KB, 1 MB and 10 MB (whole articles concatenated) and over
#      one 1 MB "sentence" with no full stop.
# It installs into a private copy of PostgreSQL and runs a cluster of its own
# (like scripts/test), so it touches no other server.  Run by hand: about
# five minutes on 2 cores.  bench/RESULTS.md keeps the figures.
#
#   RUNS=N        runs per timed item (default 5)
#   FRESH=N       fresh connections for the first-call figures (default 31)
#   COPIES=N      copies of the articles in the parallel table (default 8)
#   BASELINE=REV  a commit whose CLI to compare with this one's
#   CALLGRIND=0   skip the instruction count
#   ONLY=first    item 8 alone (the first call in a fresh connection): no
#                 articles are loaded, about a minute
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
cd "$TF_ROOT"

export RUNS=${RUNS:-5} FRESH=${FRESH:-31} COPIES=${COPIES:-8}
BASELINE=${BASELINE:-}
CALLGRIND=${CALLGRIND:-1}
export ONLY=${ONLY:-}
case $ONLY in ''|first) ;; *) tf_log "ONLY=$ONLY: only ONLY=first is known"; exit 2 ;; esac

tf_bench_cluster speed "shared_buffers = '256MB'" "maintenance_work_mem = '256MB'" \
    "work_mem = '64MB'" "jit = off" "max_parallel_workers_per_gather = 0" \
    "max_parallel_workers = 8"

# the documents, where the server can read them
docs=$BASE/docs
mkdir -p "$docs"
chmod 755 "$docs"
export TF_BENCH_TEXT=$docs/voa.txt
gzip -dc test/data/voa-news.txt.gz >"$TF_BENCH_TEXT"
/usr/bin/python3 - "$docs" <<'PY'
import os, sys
d = sys.argv[1]
src = open(os.path.join(d, 'voa.txt'), 'rb').read()
arts = src.split(b'\n')
# whole articles concatenated up to each size (the last one cut at a space)
for name, n in (('1k', 1 << 10), ('10k', 10 << 10), ('100k', 100 << 10),
                ('1m', 1 << 20), ('10m', 10 << 20)):
    doc = (src * (n // len(src) + 1))[:n]
    doc = doc[:doc.rfind(b' ')]
    open(os.path.join(d, 'doc-%s.txt' % name), 'wb').write(doc)
# one "sentence" of 1 MB: the articles without a full stop or line break
one = src.replace(b'.', b'').replace(b'\n', b' ').replace(b'?', b'').replace(b'!', b'')
one = one[:1 << 20]
open(os.path.join(d, 'doc-1m-sentence.txt'), 'wb').write(one[:one.rfind(b' ')])
PY
chmod 644 "$docs"/*

if [ "$ONLY" = first ]; then
    psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION textfacts' -c 'CREATE EXTENSION pg_trgm'
else
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION textfacts;
CREATE EXTENSION pg_trgm;
CREATE TABLE src (n serial PRIMARY KEY, body text);
\\copy src(body) FROM '$TF_BENCH_TEXT' WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')
CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
INSERT INTO articles SELECT n, date '2020-01-01' + (n * 7919 % 1826), body FROM src;
CREATE TABLE articles_big (id int PRIMARY KEY, published date, body text);
INSERT INTO articles_big
SELECT g, date '2020-01-01' + (g * 7919 % 1826)::int, s.body
FROM generate_series(1, $COPIES * (SELECT count(*)::int FROM src)) g
JOIN src s ON s.n = 1 + (g - 1) % (SELECT count(*) FROM src);
VACUUM ANALYZE articles;
VACUUM ANALYZE articles_big;
SQL
fi

# the CLI of BASELINE, built in a worktree of its own
OLDCLI=
if [ -n "$BASELINE" ]; then
    old=$BASE/baseline
    rm -rf "$old"
    git worktree prune
    git worktree add -q --detach "$old" "$BASELINE"
    tf_log "build the CLI of $BASELINE"
    make -s -C "$old" build/textfacts >/dev/null
    # the binary is all that is needed: the worktree goes at once
    cp "$old/build/textfacts" "$BASE/textfacts-baseline"
    git worktree remove --force "$old"
    OLDCLI=$BASE/textfacts-baseline
fi
export OLDCLI CALLGRIND TF_CLI=$TF_ROOT/build/textfacts

/usr/bin/python3 - "$docs" <<'PY'
import os, statistics, subprocess, sys, time
import psycopg2

docs = sys.argv[1]
RUNS, FRESH = int(os.environ['RUNS']), int(os.environ['FRESH'])
text = os.environ['TF_BENCH_TEXT']
nbytes = os.path.getsize(text)
med = statistics.median


def connect():
    c = psycopg2.connect('')
    c.autocommit = True
    return c


conn = connect()
cur = conn.cursor()


def timed(sql):
    t = time.perf_counter()
    cur.execute(sql)
    if cur.description:
        cur.fetchall()
    return time.perf_counter() - t


print('# textfacts bench: %s, %d articles, %.2f MB' % (
    time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()), 1599, nbytes / 1e6))
print('machine: %s, %d cores; PostgreSQL %s' % (
    os.uname().machine, os.cpu_count(),
    (cur.execute('SHOW server_version') or cur.fetchone()[0])))
print()

# 8. the first call in a fresh connection
def first_call():
    first = {k: [] for k in ('SELECT 1', "LOAD 'textfacts'", 'first extract()', 'first similarity()')}
    stmts = {
        'SELECT 1': 'SELECT 1',
        "LOAD 'textfacts'": "LOAD 'textfacts'",
        'first extract()': "SELECT count(*) FROM textfacts.extract('Pakistan paid $3 billion on Tuesday.')",
        'first similarity()': "SELECT similarity('Pakistan paid', 'Pakistan pays')",
    }
    for _ in range(FRESH):
        for name, sql in stmts.items():
            c = connect()
            k = c.cursor()
            t = time.perf_counter()
            k.execute(sql)
            if k.description:
                k.fetchall()
            first[name].append(time.perf_counter() - t)
            c.close()
    print('## First call in a fresh connection, median of %d connections' % FRESH)
    print()
    print('| statement | median ms | minus SELECT 1 |')
    print('|---|---:|---:|')
    s1 = med(first['SELECT 1'])
    for name in first:
        print('| %s | %.2f | %.2f |' % (name, med(first[name]) * 1e3, (med(first[name]) - s1) * 1e3))
    print()
    print('(first extract() - SELECT 1) / (first similarity() - SELECT 1): %.2f' % (
        (med(first['first extract()']) - s1) / max(med(first['first similarity()']) - s1, 1e-6)))
    print()


if os.environ['ONLY'] == 'first':
    first_call()
    sys.exit(0)

# 1-4, alternated
items = [
    ('to_tsvector', "SELECT sum(length(to_tsvector('english', body))) FROM articles", None),
    ('extract()', 'SELECT count(*) FROM articles, textfacts.extract(body, published)', 'to_tsvector'),
    ('to_factvector()', 'SELECT sum(length(textfacts.to_factvector(body, published)::text)) FROM articles',
     'to_tsvector'),
    ('GIN to_tsvector', "CREATE INDEX bench_ts ON articles USING gin (to_tsvector('english', body))", None),
    ('GIN to_factvector', 'CREATE INDEX bench_fv ON articles USING gin (textfacts.to_factvector(body, published))',
     'GIN to_tsvector'),
]
times = {name: [] for name, _, _ in items}
timed(items[0][1])          # warm the table and the library
timed(items[1][1])
for _ in range(RUNS):
    for name, sql, _ in items:
        times[name].append(timed(sql))
        if sql.startswith('CREATE INDEX'):
            cur.execute('DROP INDEX ' + sql.split()[2])
print('## In the server, one core (max_parallel_workers_per_gather = 0, jit = off), median of %d' % RUNS)
print()
print('| item | median s | MB/s | ratio |')
print('|---|---:|---:|---:|')
for name, sql, base in items:
    m = med(times[name])
    ratio = '%.2f (to %s)' % (m / med(times[base]), base) if base else '1 (yardstick)'
    print('| %s | %.3f | %.1f | %s |' % (name, m, nbytes / 1e6 / m, ratio))
print()

# 5. the CLI
def cli_time(cli):
    t = time.perf_counter()
    subprocess.run([cli, text], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t

clis = [('this build', os.environ['TF_CLI'])]
if os.environ.get('OLDCLI'):
    clis.append(('baseline', os.environ['OLDCLI']))
ct = {n: [] for n, _ in clis}
for _ in range(RUNS):
    for n, c in clis:
        ct[n].append(cli_time(c))
print('## The CLI over the same file, median of %d%s' % (RUNS, ', alternated' if len(clis) > 1 else ''))
print()
print('| CLI | median s | MB/s | instructions per byte |')
print('|---|---:|---:|---:|')
for n, c in clis:
    ipb = 'n/a'
    if os.environ.get('CALLGRIND') == '1' and subprocess.run(['which', 'valgrind'],
                                                            capture_output=True).returncode == 0:
        r = subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', c, text],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in r.stderr.splitlines():
            if 'Collected :' in line:
                ipb = '%.0f' % (int(line.split(':')[1]) / nbytes)
    print('| %s | %.3f | %.1f | %s |' % (n, med(ct[n]), nbytes / 1e6 / med(ct[n]), ipb))
if len(clis) > 1:
    print()
    print('speed-up (baseline time / this time): %.2f' % (med(ct['baseline']) / med(ct['this build'])))
print()

# 6. memory after 1 pass and after 10, in one backend
def status(c):
    k = c.cursor()
    k.execute("SELECT pg_read_file('/proc/self/status')")
    f = dict(l.split(':', 1) for l in k.fetchone()[0].splitlines() if ':' in l)
    return int(f['VmHWM'].split()[0]), int(f['RssAnon'].split()[0])

m = connect()
k = m.cursor()
mem = []
for p in range(1, 11):
    k.execute('SELECT count(*) FROM articles, textfacts.extract(body, published)')
    k.fetchall()
    if p in (1, 10):
        mem.append(status(m))
m.close()
print('## Backend memory (one connection, extract() over the table)')
print()
print('| after | VmHWM kB | RssAnon kB |')
print('|---|---:|---:|')
print('| 1 pass | %d | %d |' % mem[0])
print('| 10 passes | %d | %d |' % mem[1])
print()
print('VmHWM after 10 / after 1: %.3f' % (mem[1][0] / mem[0][0]))
print()

# 7. parallel query on a larger table
q = 'SELECT count(*) FROM articles_big, textfacts.extract(body, published)'
cur.execute('SELECT pg_size_pretty(pg_table_size(\'articles_big\')), count(*) FROM articles_big')
size, rows = cur.fetchone()
par = {0: [], 2: []}
# the bodies live in TOAST, so the heap is smaller than the default
# min_parallel_table_scan_size (8 MB) would split: let any size be split
cur.execute('SET min_parallel_table_scan_size = 0')
for _ in range(max(1, RUNS // 2)):
    for w in (0, 2):
        cur.execute('SET max_parallel_workers_per_gather = %d' % w)
        par[w].append(timed(q))
cur.execute('SET max_parallel_workers_per_gather = 2')
cur.execute('EXPLAIN ' + q)
plan = ' '.join(l[0] for l in cur.fetchall())
cur.execute('RESET max_parallel_workers_per_gather; RESET min_parallel_table_scan_size')
print('## Parallel query: extract() over %d rows (%s), median of %d (min_parallel_table_scan_size = 0)' % (rows, size, len(par[0])))
print()
print('| workers per gather | median s |')
print('|---|---:|')
for w in (0, 2):
    print('| %d | %.3f |' % (w, med(par[w])))
print()
print('speed-up with 2 workers: %.2f; %s' % (
    med(par[0]) / med(par[2]), 'the plan has a Gather' if 'Gather' in plan else 'the plan has NO Gather'))
print()

# 8. the first call in a fresh connection (first_call above)
first_call()

# 9. cost growth with the size of one document
cur.execute('SET textfacts.max_input_bytes = 1073741823')
print('## Cost per MB of one document, median of %d' % RUNS)
print()
print('| document | bytes | facts | median ms | ms per MB |')
print('|---|---:|---:|---:|---:|')
per = {}
for name in ('1k', '10k', '100k', '1m', '10m', '1m-sentence'):
    path = os.path.join(docs, 'doc-%s.txt' % name)
    size = os.path.getsize(path)
    cur.execute("SELECT count(*) FROM textfacts.extract(pg_read_file(%s))", (path,))
    facts = cur.fetchone()[0]
    runs = RUNS if size < (5 << 20) else max(1, RUNS // 2)
    # small documents: many copies in a table, so that one statement takes long enough
    reps = max(1, (1 << 20) // size)
    cur.execute('DROP TABLE IF EXISTS doc; CREATE TABLE doc AS '
                'SELECT pg_read_file(%s) AS body FROM generate_series(1, %s)', (path, reps))
    q = 'SELECT count(*) FROM doc, textfacts.extract(body)'
    ms = med([timed(q) for _ in range(runs)]) * 1e3 / reps
    per[name] = ms / (size / (1 << 20))
    print('| %s | %d | %d | %.2f | %.0f |' % (name, size, facts, ms, per[name]))
big = [per[n] for n in ('100k', '1m', '10m')]
print()
print('max / min ms per MB from 100 KB to 10 MB: %.2f' % (max(big) / min(big)))
PY
tf_log "done"
