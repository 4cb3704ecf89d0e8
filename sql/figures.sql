-- figures: money, percentages, quantities, counts and numbers from SQL

-- a paragraph of news: every figure with its exact value and unit, and the
-- span as written (substr(body, pos, len) = surface)
WITH d(body) AS (VALUES (
  'Pakistan secured a last-gasp $3 billion financial assistance package from the IMF. '
  'The lender approved a $7 billion bailout deal. A delegation of over 70 businesspersons '
  'went to Moscow. Inflation fell to 6.9 percent and the rate was cut by 200 basis points; '
  'output reached 1.2 million barrels per day and a 500 MW plant opened. '
  'Exports worth $2bn and between $2 and $3 billion in aid, €1.2bn, £3bn and Rs 500.'))
SELECT f.kind, f.surface, f.value, f.unit, f.pos, f.len, f.sentence, f.detail,
       substr(d.body, f.pos, f.len) = f.surface AS same
FROM d, textfacts.extract(d.body) f
WHERE f.kind IN ('money', 'percent', 'number', 'quantity')
ORDER BY f.pos;

-- values are exact numerics, never rounded doubles
SELECT value, value = 1100000000 AS exact, pg_typeof(value)
FROM textfacts.extract('It cost $1.1 billion.') WHERE kind = 'money';
SELECT surface, value FROM textfacts.extract('two thirds, 2 1/4 and one and a half')
WHERE kind = 'number' ORDER BY pos;

-- ranges are one fact (value = low end, detail.high), hedges stay out of the span
SELECT surface, value, detail->>'high' AS high, detail->>'approx' AS approx
FROM textfacts.extract('They want $3-5 billion, nearly $2bn and 10-20 dollars.')
ORDER BY pos;

-- the dollar argument: the currency of a bare "$", "dollars" and "cents"
SELECT surface, unit FROM textfacts.extract('a $5 loan, 10 dollars, 50 cents and US$3', NULL, 'CAD')
ORDER BY pos;
SELECT surface, unit FROM textfacts.extract('a $5 loan', NULL, 'aud');
SELECT surface, unit FROM textfacts.extract('a $5 loan', NULL, NULL);
SELECT surface, unit FROM textfacts.extract('a $5 loan');
SELECT * FROM textfacts.extract('a $5 loan', NULL, 'XYZ');
SELECT * FROM textfacts.extract('a $5 loan', NULL, 'dollars');

-- Rs and rupees: the currency of the document's country, else no unit
SELECT surface, value, unit FROM textfacts.extract('India paid Rs 500 for it.') WHERE kind = 'money';
SELECT surface, value, unit FROM textfacts.extract('Pakistan paid Rs 5bn.') WHERE kind = 'money';
SELECT surface, value, unit FROM textfacts.extract('It paid Rs 500.') WHERE kind = 'money';
-- no country, but the text counts in crores: India's rupee
SELECT surface, value, unit FROM textfacts.extract('It paid Rs 500 after a Rs 4 crore loss.') WHERE kind = 'money';

-- what is no figure: dates, times, phone numbers, model names, ordinals
SELECT count(*) FROM textfacts.extract(
  'On 2024-10-08 at 10:30 the Boeing 737 crew called +1-222-2222-2222 for the 21st time.')
WHERE kind IN ('money', 'percent', 'number', 'quantity');

-- money by currency across articles, as an analyst sums it
CREATE TABLE articles (id int PRIMARY KEY, body text);
INSERT INTO articles VALUES
  (1, 'The IMF approved a $7 billion bailout deal and C$500 million in loans.'),
  (2, 'Donors pledged $1.1 billion and €300 million.'),
  (3, 'The plan costs US$4.7 billion.');
SELECT f.unit, sum(f.value) AS total, count(*)
FROM articles a, LATERAL textfacts.extract(a.body) f
WHERE f.kind = 'money' GROUP BY f.unit ORDER BY f.unit;
DROP TABLE articles;
