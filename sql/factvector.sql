-- factvector: text input and output, binary send and receive, to_factvector(),
-- the operators, and equality/order for DISTINCT and GROUP BY.
SET search_path = public, textfacts;

-- ---- text form: keys sorted by kind, then value; duplicates summed ----
SELECT ''::factvector AS empty, '   '::factvector AS blank;
SELECT '''country:RU'' ''country:PK'' ''country:pakistan'':2'::factvector;
SELECT '''money:USD:3e9'' ''org:International Monetary Fund'' ''person:Khawaja Muhammad Asif'' ''date:2024-09'''::factvector;
SELECT '''percent:%:6.9'' ''percent:bp:200'' ''number::70'' ''number:businesspersons:70'' ''quantity:barrel:1.50'''::factvector;
SELECT '''money:USD:10'' ''money:USD:9'' ''money:USD:-1'' ''money:USD:0.5'' ''money:EUR:100'' ''money:usd:0'''::factvector;
SELECT '''date:2024-09@2024-09-01..2024-09-30'' ''date:2024-09@2024-09-01..2024-09-10'' ''date:XXXX-09'' ''date:2024'' ''date:2024-W40'''::factvector;
SELECT '''org:Moody\''s'' ''org:back\\slash'' ''org:S&P'''::factvector;
SELECT '''country:PK'':65535 ''country:PK'''::factvector AS saturates;
-- output reads back as the same value: text round trip
WITH v(t) AS (VALUES
  ('''country:PK'':3 ''money:USD:3000000000'' ''date:2024-09'''),
  ('''org:Moody\''s'' ''person:A B'' ''number::70'' ''date:2024-09@2024-09-01..2024-09-10'''),
  (''))
SELECT t::factvector::text::factvector = t::factvector AS same,
       t::factvector::text = t::factvector::text::factvector::text AS same_text
FROM v;

-- malformed text
SELECT 'country:PK'::factvector;
SELECT '''country:PK'::factvector;
SELECT '''country:PK'' ''country:Atlantis'''::factvector;
SELECT '''planet:Mars'''::factvector;
SELECT '''money:USD'''::factvector;
SELECT '''money:USD:1,000'''::factvector;
SELECT '''date:2024-13'''::factvector;
SELECT '''date:2024@2024-02-01..2024-01-01'''::factvector;
SELECT '''country:PK'':0'::factvector;
SELECT '''country:PK''''country:RU'''::factvector;
-- values that name nothing: no such currency, percent or quantity unit, no
-- such calendar date (invalid_text_representation, with a hint)
CREATE FUNCTION pg_temp.fv_error(t text, OUT state text, OUT message text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM t::textfacts.factvector;
  state := 'none';
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
END $$;
SELECT v.t, e.state, e.message, e.hint
FROM (VALUES ('''money:ZZZ:5'''), ('''money:usdx:5'''), ('''money:$:5'''), ('''percent:zz:5'''),
             ('''percent::5'''), ('''quantity:barrels:5'''), ('''quantity:mw:5'''),
             ('''date:99999999999999999999-01-01'''), ('''date:10000'''), ('''date:2020/12345'''),
             ('''date:2024-02-30'''), ('''country:PK'' ''money:ZZZ:5''')) v(t),
     pg_temp.fv_error(v.t) e;
-- what textfacts writes stays valid: an amount whose currency the text leaves
-- open has an empty unit; historic currencies are ISO 4217 codes too
SELECT to_factvector('He paid Rs 500.') AS no_currency,
       to_factvector('Output rose 5 percentage points to 1.2 million barrels per day, 25 basis points, 500 MW and 10 bcm.') AS units;
SELECT '''money:frf:10'' ''money::500'' ''percent:bp:25'' ''quantity:barrel/day:5'' ''quantity:MW:5'' ''number:people:70'' ''number::3'''::factvector AS typed;
-- limits: a key longer than 512 bytes, a vector larger than 1 MB
SELECT format('''org:%s''', repeat('x', 600))::factvector;
SELECT string_agg(format('''org:%s %s''', g, repeat('x', 400)), ' ')::factvector
FROM generate_series(1, 3000) g;

-- ---- to_factvector(): the facts of a text ----
SELECT to_factvector('Pakistan secured a $3 billion package. Pakistan and Russia paid US$4.7 billion.');
SELECT to_factvector(NULL) IS NULL AS null_body, to_factvector('Pakistan', NULL) AS null_ref_date;
SELECT to_factvector('') AS empty_text;
SELECT to_factvector('Pakistan', 'infinity');
-- the keys of to_factvector are exactly the distinct facts extract() finds
WITH d(body) AS (VALUES
  ('Pakistan secured a $3 billion package. The U.S. paid US$4.7 billion, $94,000 and $1.5m to the UK.'),
  ('Russia’s Ambassador to Pakistan met officials; €1.2bn and £300m were pledged by Russia.'))
SELECT count(*) AS keys_match
FROM d WHERE to_factvector(d.body) = (
  SELECT coalesce(string_agg(format('''%s'':%s', replace(replace(k, '\', '\\'), '''', '\'''), n), ' '), '')::factvector
  FROM (SELECT CASE WHEN f.value IS NOT NULL THEN f.kind || ':' || coalesce(f.unit, '') || ':' || f.value
                    WHEN f.kind = 'date' AND f.detail ? 'from' AND f.detail ? 'to'
                      THEN 'date:' || f.norm || '@' || (f.detail->>'from') || '..' || (f.detail->>'to')
                    ELSE f.kind || ':' || coalesce(f.norm, f.surface) END AS k,
               count(*) AS n
        FROM textfacts.extract(d.body) f GROUP BY 1) x);
-- the engine version is stamped into extracted vectors; typed ones carry 0
SELECT engine_version(to_factvector('Pakistan')) AS extracted,
       engine_version('''country:PK''') AS typed,
       engine_version(to_factvector('Pakistan') || '''country:RU''') AS merged;

-- entities() and figures() are the two halves of extract()
WITH d(body, ref) AS (VALUES
  ('Pakistan secured a $3 billion package from the IMF on Tuesday.', date '2024-10-08'),
  ('Russia’s envoy met Pakistan’s minister; US$4.7 billion and 6.9% were mentioned.', NULL))
SELECT (SELECT count(*) FROM textfacts.extract(d.body, d.ref)) =
       (SELECT count(*) FROM textfacts.entities(d.body)) + (SELECT count(*) FROM textfacts.figures(d.body, d.ref)) AS same_count,
       NOT EXISTS (SELECT kind, pos, len FROM textfacts.extract(d.body, d.ref)
                   EXCEPT ALL (SELECT kind, pos, len FROM textfacts.entities(d.body)
                               UNION ALL SELECT kind, pos, len FROM textfacts.figures(d.body, d.ref))) AS same_facts,
       (SELECT bool_and(kind IN ('person', 'org', 'country', 'place', 'nationality')) FROM textfacts.entities(d.body)) AS entity_kinds,
       (SELECT bool_and(kind IN ('money', 'percent', 'number', 'quantity', 'date')) FROM textfacts.figures(d.body, d.ref)) AS figure_kinds
FROM d;
SELECT count(*) FROM textfacts.entities(NULL);
SELECT count(*) FROM textfacts.figures(NULL, '2024-01-01');

-- ---- operators ----
CREATE TEMP TABLE fv (id int, v factvector);
INSERT INTO fv VALUES
  (1, '''country:PK'':3 ''money:USD:3000000000'' ''org:International Monetary Fund'' ''date:2024-09'''),
  (2, '''country:RU'' ''money:PKR:100000000000'' ''percent:%:6.9'''),
  (3, '''country:PK'' ''money:USD:500'' ''org:World Bank'''),
  (4, ''),
  (5, '''country:PK'':3 ''money:USD:3000000000'' ''org:International Monetary Fund'' ''date:2024-09''');
SELECT id FROM fv WHERE v @@ 'country:pakistan & money:USD>=1e9' ORDER BY id;
SELECT id FROM fv WHERE 'country:pakistan & money:USD>=1e9' @@ v ORDER BY id;
SELECT id FROM fv WHERE v @@ '!country:PK' ORDER BY id;
SELECT id FROM fv WHERE v @@ 'country:PK & (money:USD>=1e9 | money:PKR>=1e11) & !org:"World Bank"' ORDER BY id;
SELECT id FROM fv WHERE v @@ 'org:World*' ORDER BY id;
SELECT id FROM fv WHERE v @@ 'date:2024' ORDER BY id;
SELECT id FROM fv WHERE v @@ 'percent>5 | money:PKR:1e10..1e12' ORDER BY id;
SELECT a.id, b.id FROM fv a, fv b WHERE a.v @> b.v AND a.id <> b.id ORDER BY 1, 2;
SELECT id FROM fv WHERE v <@ '''country:PK'':9 ''money:USD:500'' ''org:World Bank'' ''country:RU''' ORDER BY id;
SELECT '''country:PK'' ''money:USD:5'''::factvector || '''country:PK'':2 ''org:IMF'''::factvector AS merged;
SELECT ''::factvector || '''country:PK'''::factvector AS with_empty;
-- equality and order look at keys and counts, not at how the value was made
SELECT '''country:PK'''::factvector = to_factvector('Pakistan') AS typed_equals_extracted,
       '''country:PK'''::factvector = '''country:PK'':2' AS counts_matter,
       '''country:PK'''::factvector < '''country:RU''' AS lt,
       '''country:PK'''::factvector < '''country:PK'' ''country:RU''' AS prefix_first,
       ''::factvector < '''country:PK''' AS empty_first;
SELECT DISTINCT v FROM fv ORDER BY v;
SELECT v, count(*) FROM fv GROUP BY v ORDER BY v;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT v, count(*) FROM fv GROUP BY v;
SELECT v, count(*) FROM fv GROUP BY v ORDER BY count(*) DESC, v;
RESET enable_sort;
SELECT a.id, b.id FROM fv a JOIN fv b ON a.v = b.v WHERE a.id < b.id;
-- rows 1 and 5 are equal, so a unique index refuses them
CREATE UNIQUE INDEX ON fv (v);
CREATE INDEX fv_btree ON fv (v);
CREATE INDEX fv_hash ON fv USING hash (v);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM fv WHERE v = '''country:PK'' ''money:USD:500'' ''org:World Bank''';
SELECT id FROM fv WHERE v = '''country:PK'' ''money:USD:500'' ''org:World Bank''';
DROP INDEX fv_hash;
SELECT id FROM fv WHERE v = '''country:PK'' ''money:USD:500'' ''org:World Bank''';
RESET enable_seqscan;

-- values stored out of line are detoasted where they are read
CREATE TEMP TABLE big (v factvector);
ALTER TABLE big ALTER COLUMN v SET STORAGE EXTERNAL;
INSERT INTO big SELECT string_agg(format('''org:Organisation number %s''', g), ' ')::factvector
FROM generate_series(1, 300) g;
SELECT pg_column_size(v) > 8000 AS large, v @@ 'org:"Organisation number 299"' AS found,
       v @> '''org:Organisation number 7''' AS contains, length(v::text) AS text_length,
       v = v::text::factvector AS round_trip
FROM big;

-- ---- binary send and receive ----
SELECT factvector_send('''country:PK'':2 ''money:USD:3e9''') AS wire;
-- receive goes through COPY BINARY: a file with one row holding the given bytes
CREATE TEMP TABLE recv_target (v textfacts.factvector);
CREATE FUNCTION pg_temp.recv(wire bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  path text := current_setting('data_directory') || '/textfacts_recv_test.bin';
  lo oid;
  res text;
BEGIN
  lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
                         || '\x0001'::bytea || int4send(length(wire)) || wire || '\xffff'::bytea);
  PERFORM lo_export(lo, path);
  PERFORM lo_unlink(lo);
  TRUNCATE recv_target;
  EXECUTE format('COPY recv_target FROM %L (FORMAT binary)', path);
  SELECT v::text || ' (engine ' || textfacts.engine_version(v) || ')' INTO res FROM recv_target;
  RETURN res;
EXCEPTION WHEN others THEN
  RETURN SQLSTATE || ': ' || regexp_replace(SQLERRM, E'\n.*', '');
END $$;
-- a round trip keeps keys, counts and the engine version
SELECT pg_temp.recv(factvector_send(to_factvector('Pakistan secured a $3 billion package from Pakistan.')));
SELECT pg_temp.recv(factvector_send('''org:Moody\''s'' ''date:2024-09@2024-09-01..2024-09-10'' ''number::70'':7'));
SELECT pg_temp.recv(factvector_send(''));
-- every truncation is rejected
WITH w(b) AS (SELECT factvector_send('''country:PK'':2 ''money:USD:3e9'''))
SELECT count(*) AS truncations, count(*) FILTER (WHERE pg_temp.recv(substr(b, 1, n)) LIKE '22P03:%') AS rejected
FROM w, generate_series(0, length(b) - 1) n;
WITH w(b) AS (SELECT factvector_send('''country:PK'':2 ''money:USD:3e9'''))
SELECT DISTINCT pg_temp.recv(substr(b, 1, n)) AS error
FROM w, generate_series(0, length(b) - 1) n ORDER BY 1;
-- keys out of order, a duplicate key, and other damage
WITH w(b) AS (SELECT factvector_send('''country:PK'':2 ''country:RU'''))
SELECT damage, pg_temp.recv(bytes) AS result
FROM w, LATERAL (VALUES
  ('reordered', substr(b, 1, 9) || substr(b, 17, 7) || substr(b, 10, 7)),
  ('duplicate', substr(b, 1, 9) || substr(b, 10, 7) || substr(b, 10, 7)),
  ('version', overlay(b PLACING '\x02' FROM 1 FOR 1)),
  ('key count', overlay(b PLACING '\x7fffffff' FROM 6 FOR 4)),
  ('zero count', overlay(b PLACING '\x0000' FROM 10 FOR 2)),
  ('key length', overlay(b PLACING '\x0fff' FROM 12 FOR 2)),
  ('bad kind', overlay(b PLACING '\x63' FROM 14 FOR 1)),
  ('lower-case country', overlay(b PLACING '\x706b' FROM 15 FOR 2)),
  ('trailing byte', b || '\x00'::bytea),
  ('intact', b)) x(damage, bytes);
-- a key the text form refuses is refused in binary too
SELECT damage, pg_temp.recv(bytes) AS result
FROM (VALUES
  ('unknown currency', overlay(factvector_send('''money:USD:5''') PLACING convert_to('ZZZ', 'UTF8') FROM 15 FOR 3)),
  ('unknown percent unit', overlay(factvector_send('''percent:%:5''') PLACING convert_to('z', 'UTF8') FROM 15 FOR 1)),
  ('year of five digits', overlay(factvector_send('''date:XXXX-09''') PLACING convert_to('99999-9', 'UTF8') FROM 16 FOR 7)),
  ('intact', factvector_send('''money:FRF:5'' ''percent:%:5'' ''date:XXXX-09'''))) x(damage, bytes);
-- a figure whose number is not in canonical form (a trailing zero digit)
SELECT pg_temp.recv('\x01000000000000000100010009064555520003823130'::bytea) AS noncanonical,
       pg_temp.recv('\x010000000000000001000100080645555200038231'::bytea) AS canonical;
-- COPY BINARY of 300 mutated files (issue 20): random byte changes,
-- insertions, deletions and truncations of a wire value, and its count and
-- length fields set to extremes.  Each is refused with 22P03 or reads as a
-- valid vector, whose text form reads back as the same vector.
SELECT setseed(0.31);
CREATE TEMP TABLE wire_mutants AS
WITH w(b) AS (SELECT factvector_send(to_factvector(
  'Pakistan secured a $3 billion package from the IMF on 8 October 2024; inflation fell to 6.9% and 2 million barrels moved.',
  '2024-10-08')))
SELECT g, CASE floor(random() * 5)::int
  WHEN 0 THEN set_byte(b, floor(random() * length(b))::int, floor(random() * 256)::int)
  WHEN 1 THEN overlay(b PLACING set_byte('\x00'::bytea, 0, floor(random() * 256)::int)
                      FROM 1 + floor(random() * length(b))::int FOR 0)
  WHEN 2 THEN overlay(b PLACING ''::bytea FROM 1 + floor(random() * length(b))::int FOR 1 + floor(random() * 4)::int)
  WHEN 3 THEN substr(b, 1, floor(random() * length(b))::int)
  ELSE overlay(b PLACING (ARRAY['\x00000000', '\xffffffff', '\x7fffffff', '\x80000000', '\x0000ffff'])[1 + floor(random() * 5)::int]::bytea
               FROM 1 + floor(random() * (length(b) - 4))::int FOR 4)
  END AS bytes
FROM w, generate_series(1, 300) g;
SELECT CASE WHEN r LIKE '22P03:%' THEN 'refused (22P03)' WHEN r ~ '^[0-9A-Z]{5}:' THEN 'other error: ' || r
            ELSE 'read' END AS outcome, count(*)
FROM (SELECT pg_temp.recv(bytes) AS r FROM wire_mutants) m GROUP BY 1 ORDER BY 1;
-- what reads is a valid vector: its text form reads back as itself
SELECT count(*) AS read, count(*) FILTER (WHERE (split_part(r, ' (engine', 1))::factvector::text = split_part(r, ' (engine', 1)) AS round_trip
FROM (SELECT pg_temp.recv(bytes) AS r FROM wire_mutants) m WHERE r !~ '^[0-9A-Z]{5}:';
