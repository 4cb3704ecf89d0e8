-- extract(): the facts of a text as rows of textfacts.fact
SELECT kind, surface, norm, value, unit, pos, len, sentence, detail
FROM textfacts.extract('Pakistan secured a $3 billion package. The U.S. paid US$4.7 billion, $94,000 and $1.5m to the UK.');

-- substr(body, pos, len) = surface, also after 2-, 3- and 4-byte characters
WITH d(body) AS (VALUES ('Zürich — 😀 日本: Türkiye’s envoy met Russia’s on a €1.2bn deal and $94,000.'))
SELECT f.kind, f.surface, f.pos, f.len, substr(d.body, f.pos, f.len) = f.surface AS same
FROM d, textfacts.extract(d.body) f;

-- NULL body: no rows; empty and blank text: no rows
SELECT count(*) FROM textfacts.extract(NULL);
SELECT count(*) FROM textfacts.extract(NULL, '2024-10-08');
SELECT count(*) FROM textfacts.extract('');
SELECT count(*) FROM textfacts.extract(E'  \n\t ');
-- a NULL reference date only means "no reference date"
SELECT kind, surface FROM textfacts.extract('Pakistan', NULL);
-- a reference date must be finite
SELECT * FROM textfacts.extract('Pakistan', 'infinity');

-- over a table, as users call it
CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
INSERT INTO articles VALUES
  (1, '2024-10-08', 'Russia’s Ambassador to Pakistan met officials in Islamabad.'),
  (2, '2024-09-13', 'The lender approved a $7 billion bailout deal.'),
  (3, NULL, NULL);
SELECT a.id, f.kind, f.surface, f.norm, f.value, f.unit
FROM articles a, LATERAL textfacts.extract(a.body, a.published) f
ORDER BY a.id, f.pos;
SELECT f.unit, sum(f.value) AS total
FROM articles a, LATERAL textfacts.extract(a.body, a.published) f
WHERE f.kind = 'money' GROUP BY f.unit;
DROP TABLE articles;
