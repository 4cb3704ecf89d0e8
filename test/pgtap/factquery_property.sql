-- Property: for 500 random (document, query) pairs, with queries built from
-- the facts extract() actually finds in the documents (negations, ranges,
-- comparisons, prefixes, units, kinds alone), to_factvector(body) @@ query
-- agrees with a reference evaluation written independently in SQL over the
-- rows of extract().  Nothing here hard-codes what the engine finds, so the
-- test grows with the recognisers: every fact kind they add is drawn into
-- the queries.
BEGIN;
SELECT plan(8);
SELECT setseed(0.31);
SET LOCAL search_path = public, textfacts;

-- ---- documents: news fragments of every fact kind, at random ----
CREATE TEMP TABLE docs AS
SELECT g AS id, date '2024-01-01' + (g * 37 % 366) AS ref, string_agg(piece, ' ' ORDER BY k) AS body
FROM generate_series(1, 160) g,
LATERAL (
  SELECT k, (ARRAY[
    'Pakistan', 'Russia’s', 'the U.S.', 'South Korea', 'Germany', 'Brazil', 'Pakistani officials',
    '$3 billion', 'US$4.7 billion', '€1.2bn', '£300m', '$94,000', '$1.5m', 'C$2 million',
    '$0.5 million', '$3 billion', 'Rs 5 billion', 'inflation of 6.9%', 'a 200 basis point cut',
    'down 1.5 percentage points', '70 businesspersons', '1.2 million barrels', '400 MW',
    'on Tuesday', 'in September 2024', 'last month', 'in 2023', 'on 8 October 2024', 'in the third quarter',
    'Khawaja Muhammad Asif', 'Defense Minister Khawaja Asif', 'the International Monetary Fund',
    'the IMF', 'the World Bank', 'Islamabad', 'Moscow', 'said.', 'and', 'rose', 'fell 3%.'
  ])[1 + floor(random() * 40)::int] AS piece
  FROM generate_series(1, 3 + g % 12) k
) p
GROUP BY g;
ALTER TABLE docs ADD COLUMN fv factvector;
UPDATE docs SET fv = to_factvector(body, ref);

-- ---- the reference: facts as extract() gives them ----
-- A TIMEX3 calendar value's interval, computed by PostgreSQL's own date code.
CREATE FUNCTION pg_temp.timex_range(v text) RETURNS daterange LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN v ~ '^\d{4}$' THEN daterange(make_date(v::int, 1, 1), make_date(v::int + 1, 1, 1))
    WHEN v ~ '^\d{4}-\d{2}$' THEN daterange(to_date(v, 'YYYY-MM'), (to_date(v, 'YYYY-MM') + interval '1 month')::date)
    WHEN v ~ '^\d{4}-\d{2}-\d{2}$' THEN daterange(v::date, v::date, '[]')
    WHEN v ~ '^\d{4}-W\d{2}$' THEN daterange(to_date(v, 'IYYY-"W"IW'), to_date(v, 'IYYY-"W"IW') + 7)
    WHEN v ~ '^\d{4}-Q\d$' THEN daterange(make_date(left(v, 4)::int, right(v, 1)::int * 3 - 2, 1),
                                          (make_date(left(v, 4)::int, right(v, 1)::int * 3 - 2, 1) + interval '3 months')::date)
    WHEN v ~ '^\d{4}-H\d$' THEN daterange(make_date(left(v, 4)::int, right(v, 1)::int * 6 - 5, 1),
                                          (make_date(left(v, 4)::int, right(v, 1)::int * 6 - 5, 1) + interval '6 months')::date)
  END
$$;

CREATE TEMP TABLE facts AS
SELECT d.id, f.kind, coalesce(f.norm, f.surface) AS norm, f.value, coalesce(f.unit, '') AS unit,
       CASE WHEN f.kind = 'date' THEN
         coalesce(CASE WHEN f.detail ? 'from' AND f.detail ? 'to'
                       THEN daterange((f.detail->>'from')::date, (f.detail->>'to')::date, '[]') END,
                  pg_temp.timex_range(f.norm)) END AS span
FROM docs d, textfacts.extract(d.body, d.ref) f;

-- ---- query terms, each with the meaning the reference gives it ----
CREATE TEMP TABLE terms (
  tid serial PRIMARY KEY, src int, q text, kind text, form text, norm text, unit text,
  lo numeric, lo_incl bool, hi numeric, hi_incl bool, dlo date, dhi date);

CREATE FUNCTION pg_temp.quoted(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v ~ '^[A-Za-z0-9_.-]+$' AND v !~ '\.\.' AND v !~ '^[0-9.+-]' THEN v
              ELSE '"' || replace(replace(v, '\', '\\'), '"', '\"') || '"' END
$$;

-- a kind alone, for every kind (present or not)
INSERT INTO terms (q, kind, form)
SELECT k, k, 'kind' FROM unnest(ARRAY['person', 'org', 'country', 'place', 'nationality',
                                      'money', 'percent', 'number', 'quantity', 'date']) k;
-- prefixes of names: a few fixed, the rest from the names found
INSERT INTO terms (q, kind, form, norm) VALUES
  ('org:International*', 'org', 'prefix', 'International'), ('org:World*', 'org', 'prefix', 'World'),
  ('org:"the "*', 'org', 'prefix', 'the '), ('person:Kh*', 'person', 'prefix', 'Kh'),
  ('person:"Khawaja M"*', 'person', 'prefix', 'Khawaja M'), ('place:Isl*', 'place', 'prefix', 'Isl'),
  ('date:2024*', 'date', 'prefix', '2024'), ('date:2023-*', 'date', 'prefix', '2023-');
INSERT INTO terms (src, q, kind, form, norm)
SELECT id, kind || ':' || pg_temp.quoted(p) || '*', kind, 'prefix', p
FROM (SELECT DISTINCT ON (id, kind, norm) id, kind, left(norm, 1 + floor(random() * length(norm))::int) AS p
      FROM facts WHERE kind IN ('person', 'org', 'place', 'date')) x;
-- names by value; countries also by name or in lower case
INSERT INTO terms (src, q, kind, form, norm)
SELECT DISTINCT ON (id, kind, norm) id,
       kind || ':' || CASE WHEN kind IN ('country', 'nationality') AND random() < 0.5 THEN lower(norm)
                           ELSE pg_temp.quoted(norm) END,
       kind, 'norm', norm
FROM facts WHERE kind IN ('person', 'org', 'country', 'place', 'nationality')
   OR (kind = 'date' AND pg_temp.timex_range(norm) IS NULL);
-- figures: comparisons with and without the unit, ranges, units alone
INSERT INTO terms (src, q, kind, form, unit, lo, lo_incl, hi, hi_incl)
SELECT id,
       kind || CASE WHEN with_unit THEN ':' || pg_temp.quoted(unit) ELSE '' END || op || x,
       kind, 'figure', CASE WHEN with_unit THEN unit END,
       CASE WHEN op IN ('>', '>=', '=') THEN x END, op IN ('>=', '='),
       CASE WHEN op IN ('<', '<=', '=') THEN x END, op IN ('<=', '=')
FROM (SELECT id, kind, unit, random() < 0.6 AS with_unit,
             (ARRAY['>', '>=', '<', '<=', '='])[1 + floor(random() * 5)::int] AS op,
             value * (ARRAY[1, 1, 0.5, 2, 1.001])[1 + floor(random() * 5)::int] AS x
      FROM facts WHERE value IS NOT NULL) f;
INSERT INTO terms (src, q, kind, form, unit, lo, lo_incl, hi, hi_incl)
SELECT id, kind || CASE WHEN with_unit THEN ':' || pg_temp.quoted(unit) ELSE '' END || ':' || lo || '..' || hi,
       kind, 'figure', CASE WHEN with_unit THEN unit END, lo, true, hi, true
FROM (SELECT id, kind, unit, random() < 0.6 AS with_unit,
             least(value * 0.5, value * 0.999) AS lo, greatest(value * 1.5, value * 1.001) AS hi
      FROM facts WHERE value IS NOT NULL) f;
INSERT INTO terms (src, q, kind, form, unit)
SELECT DISTINCT ON (id, kind, unit) id, kind || ':' || CASE WHEN unit = '' THEN '""' ELSE pg_temp.quoted(unit) END,
       kind, 'figure', unit
FROM facts WHERE value IS NOT NULL;
-- dates: overlap with a calendar value, comparisons, ranges of days
INSERT INTO terms (src, q, kind, form, dlo, dhi)
SELECT id, 'date' || op || norm, 'date', 'date',
       CASE op WHEN ':' THEN lower(r) WHEN '>=' THEN lower(r) WHEN '>' THEN upper(r) END,
       CASE op WHEN ':' THEN upper(r) - 1 WHEN '<=' THEN upper(r) - 1 WHEN '<' THEN lower(r) - 1 END
FROM (SELECT id, norm, pg_temp.timex_range(norm) AS r,
             (ARRAY[':', '>=', '>', '<=', '<'])[1 + floor(random() * 5)::int] AS op
      FROM facts WHERE kind = 'date' AND pg_temp.timex_range(norm) IS NOT NULL) f;
INSERT INTO terms (src, q, kind, form, dlo, dhi)
SELECT id, 'date:' || to_char(a, 'YYYY-MM-DD') || '..' || to_char(b, 'YYYY-MM-DD'), 'date', 'date', a, b
FROM (SELECT id, lower(span) - (random() * 40)::int AS a, lower(span) + (random() * 40)::int AS b
      FROM facts WHERE span IS NOT NULL) f;

-- the reference: does document doc hold a fact that satisfies term tid?
CREATE FUNCTION pg_temp.ref(doc int, term int) RETURNS bool LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM facts f, terms t
    WHERE t.tid = term AND f.id = doc AND f.kind = t.kind AND CASE t.form
      WHEN 'kind' THEN true
      WHEN 'norm' THEN f.norm = t.norm
      WHEN 'prefix' THEN starts_with(f.norm, t.norm)
      WHEN 'figure' THEN f.value IS NOT NULL AND (t.unit IS NULL OR f.unit = t.unit)
        AND (t.lo IS NULL OR f.value > t.lo OR (t.lo_incl AND f.value = t.lo))
        AND (t.hi IS NULL OR f.value < t.hi OR (t.hi_incl AND f.value = t.hi))
      WHEN 'date' THEN f.span && daterange(t.dlo, t.dhi, '[]')
    END)
$$;

-- ---- 500 pairs: a document and a query of one to three terms ----
CREATE TEMP TABLE pairs AS
SELECT n, doc, shape, t[1] AS t1, t[2] AS t2, t[3] AS t3
FROM (SELECT n, 1 + floor(random() * 160)::int AS doc, floor(random() * 8)::int AS shape
      FROM generate_series(1, 500) n) p,
-- a term: mostly from the document's own facts, else any term, or one of
-- the kinds and prefixes that no single document owns
LATERAL (
  SELECT array_agg(coalesce(
           CASE WHEN u < 0.6 THEN (SELECT tid FROM terms WHERE src = p.doc AND k > 0 ORDER BY random() LIMIT 1)
                WHEN u >= 0.85 THEN (SELECT tid FROM terms WHERE src IS NULL AND k > 0 ORDER BY random() LIMIT 1)
           END,
           (SELECT tid FROM terms WHERE k > 0 ORDER BY random() LIMIT 1)) ORDER BY k) AS t
  FROM (SELECT k, random() AS u FROM generate_series(1, 3) k WHERE p.n > 0) kk
) x;

CREATE TEMP TABLE results AS
SELECT p.n, p.doc, p.shape,
  CASE p.shape
    WHEN 0 THEN a.q
    WHEN 1 THEN '!' || a.q
    WHEN 2 THEN a.q || ' & ' || b.q
    WHEN 3 THEN a.q || ' | ' || b.q
    WHEN 4 THEN a.q || ' & !' || b.q
    WHEN 5 THEN '!(' || a.q || ' & ' || b.q || ')'
    WHEN 6 THEN '(' || a.q || ' | ' || b.q || ') & !' || c.q
    ELSE '!' || a.q || ' | ' || b.q || ' & ' || c.q
  END AS query,
  CASE p.shape
    WHEN 0 THEN r1
    WHEN 1 THEN NOT r1
    WHEN 2 THEN r1 AND r2
    WHEN 3 THEN r1 OR r2
    WHEN 4 THEN r1 AND NOT r2
    WHEN 5 THEN NOT (r1 AND r2)
    WHEN 6 THEN (r1 OR r2) AND NOT r3
    ELSE (NOT r1) OR (r2 AND r3)
  END AS expected
FROM pairs p
JOIN terms a ON a.tid = p.t1 JOIN terms b ON b.tid = p.t2 JOIN terms c ON c.tid = p.t3,
LATERAL (SELECT pg_temp.ref(p.doc, p.t1) AS r1, pg_temp.ref(p.doc, p.t2) AS r2,
                pg_temp.ref(p.doc, p.t3) AS r3) r;
ALTER TABLE results ADD COLUMN got bool, ADD COLUMN got_commuted bool;
UPDATE results r SET got = d.fv @@ r.query::factquery, got_commuted = r.query::factquery @@ d.fv
FROM docs d WHERE d.id = r.doc;

SELECT is((SELECT count(*) FROM results), 500::bigint, '500 (document, query) pairs');
SELECT is((SELECT count(*) FROM results WHERE got IS DISTINCT FROM expected), 0::bigint,
          'factvector @@ factquery agrees with the reference evaluation over extract()');
SELECT is((SELECT count(*) FROM results WHERE got_commuted IS DISTINCT FROM expected), 0::bigint,
          'factquery @@ factvector agrees too');
SELECT cmp_ok((SELECT count(*) FROM results WHERE expected), '>=', 100::bigint,
              'at least 100 pairs match');
SELECT cmp_ok((SELECT count(*) FROM results WHERE NOT expected), '>=', 100::bigint,
              'at least 100 pairs do not match');
SELECT cmp_ok((SELECT count(*) FROM results WHERE query ~ '!'), '>=', 150::bigint,
              'negations are well represented');
SELECT ok((SELECT count(*) FROM results WHERE query ~ '\.\.') > 20
          AND (SELECT count(*) FROM results WHERE query ~ '[<>=]') > 50
          AND (SELECT count(*) FROM results WHERE query ~ '\*') > 20,
          'ranges, comparisons and prefixes are drawn');
-- the disagreements, if any, for the log
SELECT is((SELECT string_agg(format('doc %s: %s (expected %s)', doc, query, expected), '; ')
           FROM (SELECT * FROM results WHERE got IS DISTINCT FROM expected LIMIT 5) x), NULL,
          'no disagreement to show');

SELECT * FROM finish();
ROLLBACK;
