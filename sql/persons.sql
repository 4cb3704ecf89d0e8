-- persons (issue 15): the trained tagger's people, and the orgs and places
-- no list has, through extract(), entities(), to_factvector(), factquery,
-- the GIN index and headline().
SET search_path = public, textfacts;

-- people with the name as written as their norm, titles left out; the
-- gazetteer's countries keep their ISO norms
SELECT kind, surface, norm
FROM textfacts.extract('Russia''s Ambassador to Pakistan Albert P. Khorev met Deputy Prime Minister Alexei Overchuk in Moscow on Monday.')
ORDER BY pos;

-- entities() returns them too; a surname alone after the full name is the same person
SELECT kind, surface, norm
FROM entities('Defense Minister Khawaja Muhammad Asif said talks would go on. Asif spoke in Islamabad.')
ORDER BY pos;

-- no person on a country, a month, a weekday or a title word
SELECT count(*) AS persons
FROM textfacts.extract('Pakistan said in May that the President would visit on Monday.')
WHERE kind = 'person';

-- the user dictionary wins over the tagger
INSERT INTO textfacts.dictionary (kind, name, aliases, norm) VALUES
  ('org', 'Albert Khorev', '{}', 'Khorev Holdings');
SELECT kind, surface, norm FROM textfacts.extract('Albert Khorev met Alexei Overchuk.') ORDER BY pos;
DELETE FROM textfacts.dictionary WHERE name = 'Albert Khorev';

-- factvector keys and factquery terms
SELECT to_factvector('Alexei Overchuk met Albert P. Khorev in Moscow. Overchuk spoke.');
SELECT to_factvector('Alexei Overchuk met Albert P. Khorev in Moscow.') @@ 'person:"Alexei Overchuk"' AS full_name,
       to_factvector('Alexei Overchuk met Albert P. Khorev in Moscow.') @@ 'person:"Albert P. Khorev" & place:Moscow' AS both,
       to_factvector('Alexei Overchuk met Albert P. Khorev in Moscow.') @@ 'person:Overchuk' AS surname_only;
SELECT 'person:"Alexei Overchuk" | person'::factquery;

-- through a GIN index, and by sequential scan: the same rows
CREATE TABLE person_docs (id int PRIMARY KEY, body text);
INSERT INTO person_docs VALUES
  (1, 'Deputy Prime Minister Alexei Overchuk arrived in Islamabad.'),
  (2, 'Ambassador Albert P. Khorev met reporters in Moscow.'),
  (3, 'Pakistan and Russia signed a trade deal worth $1 billion.'),
  (4, 'Alexei Overchuk and Albert P. Khorev met on Tuesday.');
INSERT INTO person_docs SELECT 100 + g, format('Filler text number %s about the weather.', g)
FROM generate_series(1, 200) g;
CREATE INDEX person_docs_facts ON person_docs USING gin (to_factvector(body));
ANALYZE person_docs;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM person_docs WHERE to_factvector(body) @@ 'person:"Alexei Overchuk"';
SELECT id FROM person_docs WHERE to_factvector(body) @@ 'person:"Alexei Overchuk"' ORDER BY id;
SELECT id FROM person_docs WHERE to_factvector(body) @@ 'person' ORDER BY id;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT id FROM person_docs WHERE to_factvector(body) @@ 'person:"Alexei Overchuk"' ORDER BY id;
SELECT id FROM person_docs WHERE to_factvector(body) @@ 'person' ORDER BY id;
RESET enable_bitmapscan;
RESET enable_indexscan;

-- headline() marks the person a query matched
SELECT headline('Trade grew. Deputy Prime Minister Alexei Overchuk arrived in Islamabad on Tuesday. Talks went on.',
                'person:"Alexei Overchuk"');

DROP TABLE person_docs;
