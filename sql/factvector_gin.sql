-- GIN operator class of factvector: validation, every query form through
-- the index against a sequential scan, order-preserving keys for negative
-- and fractional numbers and for dates, both ways to index (expression and
-- stored generated column) on the 1,599 VOA articles, index choice with the
-- planner's default settings, also in a database whose collation is not C.
SET search_path = public, textfacts;

SELECT opcname, amname, amvalidate(c.oid)
FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
WHERE opcname LIKE 'factvector%' ORDER BY amname;

-- ---- every query form: index and sequential scan give the same rows ----
CREATE TABLE gin_docs (id int PRIMARY KEY, v factvector);
INSERT INTO gin_docs VALUES
  (1, '''country:PK'':3 ''country:RU'' ''org:International Monetary Fund'' ''money:USD:3000000000'' ''date:2024-09'''),
  (2, '''country:PK'' ''org:World Bank'' ''money:USD:500'' ''money:PKR:-5.5'' ''date:2024-10-08'''),
  (3, '''country:RU'' ''percent:%:6.9'' ''percent:bp:200'' ''number::70'' ''date:XXXX-09'''),
  (4, '''person:Khawaja Muhammad Asif'' ''nationality:PK'' ''money:USD:-10'' ''money:USD:-1.5'' ''date:2023'''),
  (5, '''org:Bank of England'' ''money:GBP:0.25'' ''money:USD:0'' ''quantity:barrel:1000000'' ''date:2024-W40'''),
  (6, '''money:USD:-0.5'' ''money:USD:1'' ''money:USD:1e9'' ''number:businesspersons:12'' ''date:2024-09@2024-09-01..2024-09-10'''),
  (7, '''place:Islamabad'' ''money:EUR:1.5'' ''percent:pp:-0.25'' ''date:2023-12-31'''),
  (8, '');
INSERT INTO gin_docs SELECT 100 + g, format('''org:Filler %s'' ''money:USD:%s''', g, g * 10)::factvector
FROM generate_series(1, 200) g;
CREATE INDEX gin_docs_v ON gin_docs USING gin (v);
ANALYZE gin_docs;

CREATE TEMP TABLE forms (q text);
INSERT INTO forms VALUES
  ('country:PK'), ('country:pakistan & country:RU'), ('nationality'), ('org'), ('date'), ('percent'),
  ('org:"International Monetary Fund"'), ('org:Bank*'), ('org:"Filler 1"*'), ('person:Kh*'),
  ('money:USD>=1e9'), ('money:USD>1e9'), ('money:USD<0'), ('money:USD<=-1.5'), ('money:USD=-1.5'),
  ('money:USD>-1'), ('money:USD<0.3'), ('money:USD:-2..0.5'), ('money:USD:-10..-10'),
  ('money:USD:1000..1500'), ('money>=1.5'), ('money<0'), ('money:PKR<-5'), ('money:USD'),
  ('percent>5'), ('percent<0'), ('percent:bp>=150'), ('number=70'), ('number:""'), ('number:""=70'),
  ('quantity:barrel>=1e6'), ('date:2024'), ('date:2024-09'), ('date:2024-Q4'), ('date:2024-W40'),
  ('date:2023'), ('date>=2024-10'), ('date>2024-09'), ('date<2024'), ('date<=2023-12-31'),
  ('date:2023-12..2024-09-05'), ('date:XXXX-09'), ('date:2024*'),
  -- queries without a required positive term: GIN_SEARCH_MODE_ALL
  ('!country:PK'), ('!money'), ('!country:PK | org'), ('!country:PK | money:USD>1000'),
  ('!(country:PK & money)'), ('!(country:PK | country:RU)'), ('!!money'), ('!date:2024 | !org'),
  -- with one: the default mode
  ('country:PK & !org:"World Bank"'), ('money:USD>=1000 & !money:USD:1500..1700'),
  ('(country:RU | org:Bank*) & !percent'), ('country:PK & (money:USD>=1e9 | money:PKR>=1e11) & !org:"World Bank"');

CREATE FUNCTION pg_temp.ids(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  EXECUTE format('SELECT coalesce(string_agg(id::text, '','' ORDER BY id), '''') FROM gin_docs WHERE v @@ %L', q) INTO r;
  RETURN r;
END $$;
CREATE FUNCTION pg_temp.plan(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  EXECUTE format('EXPLAIN (COSTS OFF) SELECT id FROM gin_docs WHERE v @@ %L', q) INTO r;
  RETURN r;
END $$;

CREATE TEMP TABLE by_index AS SELECT q, pg_temp.ids(q) AS ids FROM forms WHERE false;
SET enable_seqscan = off;
INSERT INTO by_index SELECT q, pg_temp.ids(q) FROM forms;
SELECT count(*) AS not_through_index FROM forms WHERE pg_temp.plan(q) NOT LIKE 'Bitmap Heap Scan%';
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT count(*) AS not_sequential FROM forms WHERE pg_temp.plan(q) NOT LIKE 'Seq Scan%';
SELECT f.q, i.ids AS by_index, pg_temp.ids(f.q) AS by_scan
FROM forms f JOIN by_index i USING (q) WHERE i.ids IS DISTINCT FROM pg_temp.ids(f.q);
RESET enable_bitmapscan;
RESET enable_indexscan;
-- what each form finds (ids above 100 shown as a count)
SELECT q, (SELECT string_agg(x, ',') FROM unnest(string_to_array(ids, ',')) x WHERE x::int < 100) AS ids,
       (SELECT count(*) FROM unnest(string_to_array(ids, ',')) x WHERE x::int >= 100) AS fillers
FROM by_index ORDER BY q COLLATE "C";

-- @> through the index
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM gin_docs WHERE v @> '''country:PK'' ''date:2024-09''';
SELECT id FROM gin_docs WHERE v @> '''country:PK'' ''date:2024-09''' ORDER BY id;
SELECT count(*) AS contain_empty FROM gin_docs WHERE v @> '';
RESET enable_seqscan;
SELECT count(*) AS contain_empty_scan FROM gin_docs WHERE v @> '';
DROP TABLE gin_docs;

-- ---- the 1,599 VOA articles: an expression index and a generated column ----
CREATE TABLE articles (id serial PRIMARY KEY, published date, body text);
\copy articles(body) FROM PROGRAM 'gzip -dc test/data/voa-news.txt.gz' WITH (FORMAT csv, DELIMITER E'\x02', QUOTE E'\x01')
UPDATE articles SET published = date '2023-01-01' + (id * 7 % 700);
SELECT count(*) AS articles FROM articles;
CREATE INDEX articles_facts ON articles USING gin (textfacts.to_factvector(body, published));
ANALYZE articles;
-- with the planner's default settings, a selective fact query uses the index
EXPLAIN (COSTS OFF)
SELECT id FROM articles WHERE textfacts.to_factvector(body, published) @@ 'country:PK & money:USD>=1e9';
EXPLAIN (COSTS OFF)
SELECT id FROM articles WHERE 'org:"World Bank" | date:2024-Q3' @@ textfacts.to_factvector(body, published);
-- and finds what a scan finds
CREATE TEMP TABLE voa_queries (q text);
INSERT INTO voa_queries VALUES ('country:PK & money:USD>=1e9'), ('country:IR & !country:US'),
  ('money:USD:1e6..1e8'), ('money>=1e12'), ('country:KR | country:KP'), ('!country'), ('!(country:US | country:GB)');
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT q, (SELECT array_agg(id ORDER BY id) FROM articles
           WHERE textfacts.to_factvector(body, published) @@ q::factquery) AS ids FROM voa_queries;
CREATE TEMP TABLE voa_index AS
SELECT q, (SELECT array_agg(id ORDER BY id) FROM articles
           WHERE textfacts.to_factvector(body, published) @@ q::factquery) AS ids FROM voa_queries;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SELECT q, i.ids IS NOT DISTINCT FROM (SELECT array_agg(id ORDER BY id) FROM articles
                                   WHERE textfacts.to_factvector(body, published) @@ q::factquery) AS same_as_scan
FROM voa_index i ORDER BY q;
RESET enable_bitmapscan;
DROP INDEX articles_facts;

ALTER TABLE articles ADD COLUMN facts factvector
  GENERATED ALWAYS AS (textfacts.to_factvector(body, published)) STORED;
CREATE INDEX articles_facts_col ON articles USING gin (facts);
ANALYZE articles;
-- (a stored column is cheap to scan, so the index pays off for a more
-- selective query than with the expression)
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE facts @@ 'country:KP & country:KR & money';
SELECT count(*) AS same_rows FROM voa_index i
WHERE i.ids IS NOT DISTINCT FROM (SELECT array_agg(id ORDER BY id) FROM articles WHERE facts @@ i.q::factquery);
-- a new row is indexed as it is inserted
SELECT count(*) AS before FROM articles WHERE facts @@ 'country:PK & money:USD=3e9' \gset
INSERT INTO articles (published, body) VALUES ('2024-10-08', 'Pakistan secured a $3 billion package.');
SELECT count(*) - :before AS added FROM articles WHERE facts @@ 'country:PK & money:USD=3e9';

-- ---- the same in a database whose default collation is not C ----
SELECT current_database() AS regdb \gset
SELECT string_agg(q || '=' || coalesce(array_to_string(ids, ','), ''), ';' ORDER BY q) AS c_answers FROM voa_index \gset
DROP DATABASE IF EXISTS tf_icu;
CREATE DATABASE tf_icu TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8';
\c tf_icu
SELECT datlocprovider, daticulocale FROM pg_database WHERE datname = current_database();
-- an ICU en-US collation sorts differently from bytes; the index does not use it
SELECT 'a' < 'B' AS icu_order, 'a' < 'B' COLLATE "C" AS byte_order;
CREATE EXTENSION textfacts;
SET search_path = public, textfacts;
CREATE TABLE articles (id serial PRIMARY KEY, published date, body text);
\copy articles(body) FROM PROGRAM 'gzip -dc test/data/voa-news.txt.gz' WITH (FORMAT csv, DELIMITER E'\x02', QUOTE E'\x01')
UPDATE articles SET published = date '2023-01-01' + (id * 7 % 700);
CREATE INDEX articles_facts ON articles USING gin (textfacts.to_factvector(body, published));
ANALYZE articles;
EXPLAIN (COSTS OFF)
SELECT id FROM articles WHERE textfacts.to_factvector(body, published) @@ 'country:PK & money:USD>=1e9';
CREATE TEMP TABLE voa_queries (q text);
INSERT INTO voa_queries VALUES ('country:PK & money:USD>=1e9'), ('country:IR & !country:US'),
  ('money:USD:1e6..1e8'), ('money>=1e12'), ('country:KR | country:KP'), ('!country'), ('!(country:US | country:GB)');
SELECT string_agg(q || '=' || coalesce(array_to_string(ids, ','), ''), ';' ORDER BY q) = :'c_answers' AS same_answers_as_in_c
FROM (SELECT q, (SELECT array_agg(id ORDER BY id) FROM articles
                 WHERE textfacts.to_factvector(body, published) @@ q::factquery) AS ids FROM voa_queries) x;
\c :regdb
DROP DATABASE tf_icu;
DROP TABLE articles;
