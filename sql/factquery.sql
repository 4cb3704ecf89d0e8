-- factquery: the grammar of DESIGN.md, canonical text output, and errors
-- with their SQLSTATE and position.
SET search_path = public, textfacts;

-- A corpus of queries with their canonical text.  Each canonical text must
-- parse back to itself (round trip) and mean the same query.
CREATE TEMP TABLE corpus (n serial, q text, canonical text);
INSERT INTO corpus (q, canonical) VALUES
  -- a kind alone
  ('person', 'person'), ('org', 'org'), ('country', 'country'), ('place', 'place'),
  ('nationality', 'nationality'), ('money', 'money'), ('percent', 'percent'),
  ('number', 'number'), ('quantity', 'quantity'), ('date', 'date'),
  ('MONEY', 'money'), ('Country', 'country'),
  -- entities by norm
  ('country:PK', 'country:PK'), ('country:pk', 'country:PK'), ('country:PAK', 'country:PK'),
  ('country:pakistan', 'country:PK'), ('country:Pakistan', 'country:PK'),
  ('country:"South Korea"', 'country:KR'), ('country:russia', 'country:RU'),
  ('country:"u.s."', 'country:US'), ('country:UK', 'country:GB'),
  ('nationality:PK', 'nationality:PK'), ('nationality:ru', 'nationality:RU'),
  ('org:IMF', 'org:IMF'), ('org:"World Bank"', 'org:"World Bank"'),
  ('org:"S&P"', 'org:"S&P"'), ('org:"Moody''s"', 'org:"Moody''s"'),
  ('org:"International Monetary Fund"', 'org:"International Monetary Fund"'),
  ('person:"Khawaja Muhammad Asif"', 'person:"Khawaja Muhammad Asif"'),
  ('person:Asif', 'person:Asif'), ('place:Islamabad', 'place:Islamabad'),
  ('place:"São Paulo"', 'place:"São Paulo"'), ('org:"a\"b"', 'org:"a\"b"'),
  ('org:"back\\slash"', 'org:"back\\slash"'), ('org:A.B-C_D', 'org:A.B-C_D'),
  ('org:"A..B"', 'org:A..B'), ('org:"colon: inside"', 'org:"colon: inside"'),
  ('person:"J. R. R. Tolkien"', 'person:"J. R. R. Tolkien"'),
  -- prefixes
  ('org:Bank*', 'org:Bank*'), ('org:"Bank of"*', 'org:"Bank of"*'),
  ('person:Kh*', 'person:Kh*'), ('place:"São"*', 'place:"São"*'),
  ('date:2024*', 'date:2024*'), ('date:2024-0*', 'date:2024-0*'),
  -- figures: comparisons
  ('money:USD>=1e9', 'money:USD>=1000000000'), ('money:usd>=1e9', 'money:USD>=1000000000'),
  ('money:PKR>1e11', 'money:PKR>100000000000'), ('money:EUR<5e6', 'money:EUR<5000000'),
  ('money:GBP<=2.5e6', 'money:GBP<=2500000'), ('money:USD=3000000000', 'money:USD=3000000000'),
  ('money>=1000000', 'money>=1000000'), ('money<0', 'money<0'),
  ('percent>5', 'percent>5'), ('percent > 5', 'percent>5'), ('percent>=6.9', 'percent>=6.9'),
  ('percent<-0.5', 'percent<-0.5'), ('percent:bp>=50', 'percent:bp>=50'),
  ('percent:pp<1', 'percent:pp<1'), ('percent:"%">5', 'percent:"%">5'),
  ('number>=70', 'number>=70'), ('number:businesspersons>10', 'number:businesspersons>10'),
  ('quantity:barrel>=1e6', 'quantity:barrel>=1000000'), ('quantity:MW>100', 'quantity:MW>100'),
  ('quantity:tonne<=0.001', 'quantity:tonne<=0.001'), ('money:USD >= 1e9', 'money:USD>=1000000000'),
  ('money>=+5', 'money>=5'), ('money>=1.50', 'money>=1.5'), ('money>=1E3', 'money>=1000'),
  ('money>=1e-3', 'money>=0.001'), ('money>=.5', 'money>=0.5'), ('money>=-0', 'money>=0'),
  -- figures: ranges, equality, units alone
  ('money:PKR:1e9..5e9', 'money:PKR:1000000000..5000000000'),
  ('money:USD:1..1', 'money:USD:1..1'), ('percent:5..10', 'percent:5..10'),
  ('percent:-5..-1', 'percent:-5..-1'), ('percent:"%":6..7', 'percent:"%":6..7'),
  ('number:0..100', 'number:0..100'), ('quantity:barrel:1e3..1e6', 'quantity:barrel:1000..1000000'),
  ('percent:5', 'percent=5'), ('percent=5', 'percent=5'), ('money:USD:3e9', 'money:USD=3000000000'),
  ('number::70', 'number:""=70'), ('number:"":1..5', 'number:"":1..5'), ('number:""', 'number:""'),
  ('number:"">3', 'number:"">3'), ('money:USD', 'money:USD'), ('money:pkr', 'money:PKR'),
  ('percent:bp', 'percent:bp'), ('quantity:barrel', 'quantity:barrel'),
  ('number:"5"', 'number:"5"'), ('number:"a b"', 'number:"a b"'), ('money:frf', 'money:FRF'),
  ('money:""', 'money:""'), ('quantity:"barrel/day"', 'quantity:"barrel/day"'),
  -- dates: overlap, comparisons, ranges, unresolved values
  ('date:2024', 'date:2024'), ('date:2024-09', 'date:2024-09'), ('date:2024-10-08', 'date:2024-10-08'),
  ('date:2024-W40', 'date:2024-W40'), ('date:2024-Q3', 'date:2024-Q3'), ('date:2024-H2', 'date:2024-H2'),
  ('date=2024', 'date:2024'), ('date>=2024-09', 'date>=2024-09'), ('date>2024-09', 'date>2024-09'),
  ('date<2024-09', 'date<2024-09'), ('date<=2024-09-30', 'date<=2024-09-30'),
  ('date >= 2024-W01', 'date>=2024-W01'), ('date:2023-01..2023-12', 'date:2023-01..2023-12'),
  ('date:2023..2024-Q1', 'date:2023..2024-Q1'), ('date:XXXX-09', 'date:XXXX-09'),
  ('date:PRESENT_REF', 'date:PRESENT_REF'), ('date:"PAST_REF"', 'date:PAST_REF'),
  ('date:"2024"', 'date:2024'), ('date:"2024..2025"', 'date:"2024..2025"'),
  -- operators, precedence, parentheses, negation
  ('country:PK & (money:USD>=1e9 | money:PKR>=1e11) & !org:"World Bank"',
   'country:PK & (money:USD>=1000000000 | money:PKR>=100000000000) & !org:"World Bank"'),
  ('country:PK&money', 'country:PK & money'), ('country:PK|money', 'country:PK | money'),
  ('money & country | date', 'money & country | date'), ('money & (country | date)', 'money & (country | date)'),
  ('(money & country) | date', 'money & country | date'), ('money | country & date', 'money | country & date'),
  ('(money | country) & date', '(money | country) & date'), ('!money', '!money'), ('! money', '!money'),
  ('!!money', '!!money'), ('!(money)', '!money'), ('!(money & date)', '!(money & date)'),
  ('!(money | date)', '!(money | date)'), ('!money | date', '!money | date'), ('!(!money)', '!!money'),
  ('((money))', 'money'), ('(money & country) & (date & org)', 'money & country & date & org'),
  ('money | (country | (date | org))', 'money | country | date | org'),
  ('(money | country) & (date | org)', '(money | country) & (date | org)'),
  ('!(a_b)', NULL), (E'money\t&\n country', 'money & country'), ('  money  ', 'money'),
  ('!country:US & !country:RU & money>0', '!country:US & !country:RU & money>0'),
  ('org:Bank* | org:"S&P" | org:"Moody''s"', 'org:Bank* | org:"S&P" | org:"Moody''s"');

DELETE FROM corpus WHERE canonical IS NULL;  -- a placeholder kept out of the corpus
SELECT count(*) >= 100 AS corpus_is_large_enough FROM corpus;

-- every query gives its canonical text
SELECT n, q, q::factquery::text AS got, canonical
FROM corpus WHERE q::factquery::text IS DISTINCT FROM canonical;
-- every canonical text parses back to itself, through the cast and to_factquery()
SELECT n, canonical FROM corpus
WHERE canonical::factquery::text <> canonical
   OR to_factquery(canonical)::text <> canonical
   OR canonical::text::factquery::text <> canonical;
-- the canonical form means the same query: same answers on sample vectors
CREATE TEMP TABLE samples (v factvector);
INSERT INTO samples VALUES
  (''), ('''country:PK'':3 ''money:USD:3000000000'' ''org:World Bank'' ''date:2024-09'''),
  ('''country:KR'' ''percent:%:6.9'' ''percent:bp:200'' ''number::70'' ''date:XXXX-09'' ''org:S&P'''),
  ('''org:Bank of England'' ''money:PKR:2000000000'' ''quantity:barrel:1000000'' ''date:2023-03-01'''),
  ('''person:Khawaja Muhammad Asif'' ''nationality:RU'' ''place:São Paulo'' ''money:EUR:-3'' ''date:PRESENT_REF''');
SELECT c.n, c.q FROM corpus c, samples s
WHERE (s.v @@ c.q::factquery) <> (s.v @@ c.canonical::factquery);
-- how the corpus answers on the samples (a change here is a change of meaning)
SELECT c.n, c.canonical, string_agg(CASE WHEN s.v @@ c.q::factquery THEN 't' ELSE 'f' END, '' ORDER BY s.v) AS answers
FROM corpus c, samples s GROUP BY c.n, c.canonical ORDER BY c.n;

-- Malformed queries: each gives its SQLSTATE at its position.
CREATE FUNCTION pg_temp.fq_error(q text, OUT state text, OUT pos int, OUT message text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM q::textfacts.factquery;
  state := 'none';
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  pos := substring(message FROM 'at character ([0-9]+)')::int;
END $$;

CREATE TEMP TABLE malformed (n serial, q text, sqlstate text, pos int);
INSERT INTO malformed (q, sqlstate, pos) VALUES
  ('', '42601', 1), ('   ', '42601', 4), ('planet:Mars', '42601', 1), ('moneys', '42601', 1),
  ('"World Bank"', '42601', 1), ('123', '42601', 1), ('country:PK money', '42601', 12),
  ('country:PK org:IMF', '42601', 12), ('country:PK (money)', '42601', 12),
  ('country:Atlantis', '22P02', 9), ('nationality:Martian', '22P02', 13), ('country:PK*', '42601', 11),
  ('org:Moody''s', '42601', 10), ('org:S&P', '42601', 7), ('person:José', '42601', 11),
  ('org:"World Bank', '42601', 5), ('org:"a\b"', '42601', 7), ('org:""', '42601', 5),
  ('org:', '42601', 5), ('org>5', '42601', 4), ('org:IMF>5', '42601', 8), ('country >= 5', '42601', 9),
  ('money*', '42601', 6), ('money:USD*', '42601', 10), ('money:', '42601', 7), ('money>', '42601', 7),
  ('money>=', '42601', 8), ('money>abc', '42601', 7), ('money>"5"', '42601', 7), ('money:>=5', '42601', 7),
  ('money:5..1', '42601', 7), ('money:1..x', '42601', 10), ('money:..5', '42601', 7),
  ('money:5..', '42601', 10), ('money:1e999', '42601', 7), ('money:12abc', '42601', 7),
  ('money>1.23456789012345678901', '42601', 7),
  ('money:USD:', '42601', 11), ('money:USD:abc', '42601', 11), ('money:USD:"5"', '42601', 11),
  ('money:USD>=1e9>=2', '42601', 15), ('money>=1,000', '42601', 9), ('percent>>5', '42601', 9),
  ('percent=<5', '42601', 9), ('date:2024-13', '22P02', 6), ('date:2023-02-29', '22P02', 6),
  ('date:2024-W53', '22P02', 6), ('date>XXXX-09', '42601', 6), ('date>', '42601', 6),
  ('date:2024..2023', '42601', 6), ('date:2024..XXXX', '42601', 12), ('date:', '42601', 6),
  ('date:""', '42601', 6), ('date:2024>5', '42601', 10), ('(money', '42601', 1), ('money)', '42601', 6),
  ('((money)', '42601', 1), ('()', '42601', 2), ('money &', '42601', 8), ('& money', '42601', 1),
  ('money | | date', '42601', 9), ('money &| date', '42601', 8), ('!', '42601', 2), ('money!', '42601', 6),
  ('money ~ date', '42601', 7), ('money:USD:1:2', '42601', 12),
  -- values that name nothing: no such currency, unit or calendar date
  ('money:ZZZ', '22P02', 7), ('money:zzz>=5', '22P02', 7), ('money:"US$":5', '22P02', 7),
  ('percent:zz:5', '22P02', 9), ('percent:"bps">5', '22P02', 9), ('quantity:barrels', '22P02', 10),
  ('quantity:mw>5', '22P02', 10), ('date:99999999999999999999-01-01', '22P02', 6),
  ('date>=10000', '22P02', 7), ('date:2024..99999', '22P02', 12), ('date:"2020/12345-01"', '22P02', 6),
  (repeat('(', 70) || 'money', '54000', 66),
  (repeat('money|', 4100) || 'money', '54000', 24571), ('org:"' || repeat('x', 600) || '"', '54000', 5);

SELECT count(*) >= 50 AS malformed_corpus_is_large_enough FROM malformed;
-- the ones that do not fail as expected
SELECT m.n, left(m.q, 40) AS q, m.sqlstate, m.pos, e.state AS got_sqlstate, e.pos AS got_pos, e.message
FROM malformed m, pg_temp.fq_error(m.q) e
WHERE e.state IS DISTINCT FROM m.sqlstate OR e.pos IS DISTINCT FROM m.pos;
-- the messages and hints users see
SELECT m.n, left(m.q, 40) AS q, e.state, e.message, e.hint
FROM malformed m, pg_temp.fq_error(m.q) e ORDER BY m.n;

-- an error shows the hint and where it is
SELECT 'country:PK & org:Moody''s'::factquery;
SELECT to_factquery('country:narnia');

-- NULL in, NULL out
SELECT to_factquery(NULL) IS NULL AS null_query, (NULL::text)::factquery IS NULL AS null_cast;

-- binary send/receive goes through the canonical text
SELECT factquery_send('country:pakistan & money>1e9') = factquery_send('country:PK & money>1000000000') AS same_wire;
