-- Who is who (src/core/people.c): titles, the country a title names, and one
-- name per person.  The persons are taught through the user dictionary, so
-- that this file tests the people stage whatever else finds names; the
-- sentences are written for this test.
INSERT INTO textfacts.dictionary (kind, name) VALUES
  ('person', 'Ayesha Rahman Qureshi'), ('person', 'Qureshi'),
  ('person', 'Paulo Mendes Ferreira'),
  ('person', 'Tomas Varga'), ('person', 'Varga'),
  ('person', 'Maria Lopez'), ('person', 'Carlos Lopez'), ('person', 'Lopez');
-- the surname takes the full name the text gave, and its entity number
SELECT surface, norm, detail FROM textfacts.extract(
  'Finance Minister Ayesha Rahman Qureshi met bankers in Lahore. Qureshi said rates would fall.')
WHERE kind = 'person' ORDER BY pos;
SELECT surface, norm, detail FROM textfacts.extract(
  'Brazil''s Ambassador to Kenya Paulo Mendes Ferreira arrived. Tomas Varga, Hungary''s deputy foreign minister, met him.')
WHERE kind = 'person' ORDER BY pos;
-- a surname two people share stays a person of its own
SELECT surface, norm, detail FROM textfacts.extract('Maria Lopez and Carlos Lopez met. Lopez said nothing.')
WHERE kind = 'person' ORDER BY pos;

-- factquery: person:"Full Name" finds the article that names her in full
-- once and by surname after, through the index and by a sequential scan
CREATE TABLE people_articles (id int PRIMARY KEY, body text);
INSERT INTO people_articles VALUES
  (1, 'Finance Minister Ayesha Rahman Qureshi met bankers. Qureshi said rates would fall.'),
  (2, 'Qureshi was not there.'),
  (3, 'Tomas Varga spoke. Varga left.'),
  (4, 'Maria Lopez and Carlos Lopez met. Lopez said nothing.');
CREATE INDEX people_articles_facts ON people_articles USING gin (textfacts.to_factvector(body));
SELECT textfacts.to_factvector(body) FROM people_articles ORDER BY id;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM people_articles
WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'person:"Ayesha Rahman Qureshi"';
SELECT id FROM people_articles
WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'person:"Ayesha Rahman Qureshi"' ORDER BY id;
SELECT id FROM people_articles
WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'person:Lopez' ORDER BY id;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT id FROM people_articles
WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'person:"Ayesha Rahman Qureshi"' ORDER BY id;
SELECT id FROM people_articles
WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'person:Lopez' ORDER BY id;
RESET enable_indexscan;
RESET enable_bitmapscan;
-- headline() marks every mention of the person, the surname too
SELECT textfacts.headline(body, 'person:"Ayesha Rahman Qureshi"') FROM people_articles WHERE id = 1;
DROP TABLE people_articles;
TRUNCATE textfacts.dictionary;
