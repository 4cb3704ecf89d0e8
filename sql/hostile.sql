-- Hostile input (issue 20): what users and attackers put into text columns
-- and queries ends in a result or in its SQLSTATE, never in a crash.  The
-- caps themselves are tested in limits.sql, the literals' errors one by one
-- in factquery.sql and factvector.sql; here: the sizes and shapes of the
-- issue's list, and mutations of valid literals.
SET search_path = public, textfacts;

-- errors show as their SQLSTATE alone
\set VERBOSITY sqlstate

-- 100 MB of text is refused above textfacts.max_input_bytes (8 MB by
-- default), from its length, with program_limit_exceeded
SELECT count(*) FROM textfacts.extract(repeat('Pakistan paid $3 billion. ', 4000000));
SELECT to_factvector(repeat('Pakistan paid $3 billion. ', 4000000));
SELECT headline(repeat('Pakistan paid $3 billion. ', 4000000), 'money');

-- a million digits: one number, too long to be a figure
SELECT count(*) AS facts, count(*) FILTER (WHERE len > 1000) AS long_facts FROM textfacts.extract(repeat('9', 1000000));
SELECT count(*) AS facts FROM textfacts.extract('Revenue was $' || repeat('9', 1000000) || ' last year.');
SELECT to_factvector(repeat('7', 1000000)) AS fv;
-- a million dollar signs, and a million signs between amounts
SELECT count(*) AS facts FROM textfacts.extract(repeat('$', 1000000));
SELECT count(*) AS facts, min(surface) AS first FROM textfacts.extract('$3 billion ' || repeat('$', 1000000) || ' $4 billion');
SELECT length(headline(repeat('$', 1000000) || ' Pakistan paid.', 'country:PK')) < 2000 AS bounded_headline;
-- a single 10 MB "sentence" (no full stop), with facts at both ends
SET textfacts.max_input_bytes = '16MB';
SELECT count(*) AS facts, max(sentence) AS sentences, min(surface) AS a, max(surface) AS b
FROM textfacts.extract('Pakistan paid $3 billion ' || repeat('and more words ', 700000) || 'to Russia');
SELECT count(*) AS keys FROM textfacts.unnest(to_factvector('Pakistan paid $3 billion ' || repeat('and more words ', 700000) || 'to Russia'));
RESET textfacts.max_input_bytes;

-- 100,000 nested parentheses or negations: the parser's own limit of 64 levels
SELECT (repeat('(', 100000) || 'money' || repeat(')', 100000))::factquery;
SELECT (repeat('!', 100000) || 'money')::factquery;
SELECT (repeat('(', 64) || 'money' || repeat(')', 64))::factquery;
-- a query of 100,000 terms: the limit of 4,096 nodes
SELECT (repeat('money | ', 99999) || 'money')::factquery;
SELECT (repeat('country:PK & ', 99999) || 'money')::factquery;
-- through the text operator too
SELECT to_factvector('Pakistan') @@ (repeat('money | ', 99999) || 'money');

-- Text of control characters, lone combining marks and noncharacters: the
-- facts still lie where they say (substr(body, pos, len) = surface)
CREATE TEMP TABLE odd (n int, body text);
INSERT INTO odd VALUES
  (1, E'\x01\x02Pakistan\x7f paid \x1b[31m$3 billion\x1b[0m to\x0bRussia\x0c on 8 October 2024.'),
  (2, chr(769) || chr(776) || 'Pakistan ' || chr(769) || '$3' || chr(769) || ' billion ' || chr(776)),
  (3, chr(65534) || 'Pakistan' || chr(65535) || ' paid ' || chr(64976) || '$3 billion' || chr(1114111) || ' to ' || chr(983038) || 'Russia.'),
  (4, repeat(chr(769), 100000) || ' Pakistan paid $3 billion.'),
  (5, repeat(E'\x01', 100000) || 'Pakistan paid $3 billion.'),
  (6, chr(8232) || 'Pakistan' || chr(8233) || 'paid' || chr(133) || '$3 billion' || chr(8206) || chr(8207) || chr(8238) || 'Russia'),
  (7, repeat(chr(65279) || chr(8203), 50000) || 'Pakistan paid $3 billion.');
SELECT o.n, f.kind, f.norm, f.value, f.unit, substr(o.body, f.pos, f.len) = f.surface AS same
FROM odd o, textfacts.extract(o.body) f ORDER BY o.n, f.pos;
SELECT n, to_factvector(body) FROM odd ORDER BY n;
SELECT n, length(headline(body, 'country:PK | money')) > 0 AS has_headline FROM odd ORDER BY n;

-- 200 malformed literals of each type, made by mutating valid ones (as
-- pgvector's input tests do): each is refused with a syntax or value error,
-- or read; what is read prints and reads back as itself
SELECT setseed(0.2026);
CREATE TEMP TABLE mutants AS
WITH base(t, lit) AS (VALUES
  ('factvector', $l$'country:PK':3 'money:USD:3000000000' 'percent:%:6.9' 'org:Moody''s' 'date:2024-09@2024-09-01..2024-09-10'$l$),
  ('factvector', $l$'person:Khawaja Muhammad Asif' 'number::70':2 'quantity:barrel:1e6' 'date:2023-Q1'$l$),
  ('factquery', $l$country:PK & (money:USD>=1e9 | money:PKR>=1e11) & !org:"World Bank"$l$),
  ('factquery', $l$date:"2020/2023" | percent:pp<1 | org:"Bank of"* | quantity:barrel:1e3..1e6$l$)),
alphabet(a) AS (VALUES ($a$ '":()&|!<>=*.-e9\%@$a$ || E'\x01\x7f' || chr(233) || chr(65534)))
SELECT t, g AS n, m AS lit
FROM base, alphabet, generate_series(1, 100) g,
LATERAL (SELECT
  CASE floor(random() * 4)::int
    WHEN 0 THEN overlay(lit PLACING substr(a, 1 + floor(random() * length(a))::int, 1)
                        FROM 1 + floor(random() * length(lit))::int FOR 1)
    WHEN 1 THEN overlay(lit PLACING substr(a, 1 + floor(random() * length(a))::int, 1)
                        FROM 1 + floor(random() * length(lit))::int FOR 0)
    WHEN 2 THEN overlay(lit PLACING '' FROM 1 + floor(random() * length(lit))::int FOR 1 + floor(random() * 3)::int)
    ELSE left(lit, floor(random() * length(lit))::int)
  END || CASE WHEN g % 7 = 0 THEN substr(lit, 1 + floor(random() * length(lit))::int, 8) ELSE '' END AS m) x;
SELECT t, count(*) AS mutants, count(DISTINCT lit) > 150 AS varied FROM mutants GROUP BY t ORDER BY t;
-- the outcome of each: refused with the SQLSTATE users see, or read; what
-- reads is its own canonical text (text -> value -> text -> value -> text)
CREATE FUNCTION pg_temp.outcome(lit text, t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  a text;
  b text;
BEGIN
  EXECUTE format('SELECT %L::%s::text', lit, t) INTO a;
  EXECUTE format('SELECT %L::%s::text', a, t) INTO b;
  RETURN CASE WHEN a = b THEN 'read, stable' ELSE 'read, UNSTABLE' END;
EXCEPTION WHEN others THEN
  RETURN 'refused ' || SQLSTATE;
END $$;
SELECT t, pg_temp.outcome(lit, t) AS outcome, count(*)
FROM mutants GROUP BY 1, 2 ORDER BY 1, 2;
