-- dates: absolute and relative dates resolved against the reference date
-- (the article's date) as TIMEX3 values, with their first and last day
SELECT surface, norm, pos, len, detail
FROM textfacts.extract('Russia’s envoy met the minister on October 8, 2024. Radio Pakistan reported on Tuesday that a delegation visited Moscow last week, after a visit in September. Pakistan bought crude last year and its first LPG in September 2023; the lender last month approved a deal.', '2024-10-08')
WHERE kind = 'date';

-- the same text without a reference date: relative dates stay underspecified
-- and have no from/to; the engine never reads the clock
SELECT surface, norm, detail
FROM textfacts.extract('Radio Pakistan reported on Tuesday that a delegation visited Moscow last week, after a visit in September. The first LPG came in September 2023.')
WHERE kind = 'date';

-- periods, ranges and modifiers
SELECT surface, norm, detail
FROM textfacts.extract('Profit rose in the third quarter of 2024 and should grow in the first half of 2025. The fiscal 2024 budget was cut. Inflation was high in the 1990s. Sales grew from 2020 to 2023, slowed in early 2024 and fell two years ago.', '2024-10-08')
WHERE kind = 'date';

-- year and month boundaries: ref 2024-01-02 is in ISO week 2024-W01
SELECT surface, norm, detail->>'from' AS "from", detail->>'to' AS "to"
FROM textfacts.extract('Last week the bank cut rates; last month it held them.', '2024-01-02')
WHERE kind = 'date';

-- not dates: counts, times of day, durations, May the name and the verb
SELECT count(*) AS dates
FROM textfacts.extract('About 2,024 people came at 8 p.m. and stayed three years. Theresa May said you may go.', '2024-10-08')
WHERE kind = 'date';

-- dates of articles in a table, each resolved against its own publication date
CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
INSERT INTO articles VALUES
  (1, '2024-10-08', 'The lender last month approved a $7 billion deal.'),
  (2, '2024-03-15', 'The lender last month approved a $7 billion deal.'),
  (3, NULL, 'The lender last month approved a $7 billion deal.');
SELECT a.id, f.surface, f.norm, f.detail
FROM articles a, LATERAL textfacts.extract(a.body, a.published) f
WHERE f.kind = 'date'
ORDER BY a.id;
-- which articles speak of September 2024?
SELECT a.id
FROM articles a, LATERAL textfacts.extract(a.body, a.published) f
WHERE f.kind = 'date'
  AND (f.detail->>'from')::date <= '2024-09-30' AND (f.detail->>'to')::date >= '2024-09-01'
ORDER BY a.id;
DROP TABLE articles;
