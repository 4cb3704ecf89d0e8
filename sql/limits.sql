-- Limits of one call (README, "Limits"): the length of the text and the facts
-- of a document are capped by settings only a superuser may change; the
-- options of headline() have caps of their own.  Above a limit:
-- program_limit_exceeded (54000); a bad option: invalid_parameter_value (22023).
SET search_path = public, textfacts;

-- the SQLSTATE and message of a statement, or 'ok'
CREATE FUNCTION pg_temp.outcome(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- the settings come with the library, under a reserved prefix
SELECT count(*) FROM textfacts.extract('x');
SHOW textfacts.max_input_bytes;
SHOW textfacts.max_facts;
SELECT name, context, unit, min_val, max_val FROM pg_settings WHERE name LIKE 'textfacts.%' ORDER BY name;
SET textfacts.no_such_setting = 1;

-- only a superuser may change them
CREATE ROLE tf_limits_user;
SET ROLE tf_limits_user;
SET textfacts.max_facts = 10;
SET textfacts.max_input_bytes = '1GB';
RESET ROLE;
DROP ROLE tf_limits_user;

-- Text longer than textfacts.max_input_bytes is refused before any work, by
-- every function that reads text (from the length in its header: a stored
-- value is not detoasted first)
SELECT count(*) FROM textfacts.extract(repeat('1 ', 10000000));
SELECT q, pg_temp.outcome(q) FROM (VALUES
  ('SELECT count(*) FROM textfacts.entities(repeat(''1 '', 10000000))'),
  ('SELECT count(*) FROM textfacts.figures(repeat(''1 '', 10000000), NULL)'),
  ('SELECT textfacts.to_factvector(repeat(''1 '', 10000000))'),
  ('SELECT textfacts.headline(repeat(''1 '', 10000000), ''number'')')) v(q);
SET textfacts.max_input_bytes = 100;
SELECT count(*) FROM textfacts.extract(repeat('Pakistan ', 11) || 'xy');   -- 101 bytes
SELECT count(*) FROM textfacts.extract(repeat('Pakistan ', 11) || 'x');    -- 100 bytes
SELECT count(*) FROM textfacts.extract(NULL);
-- a stored value: its length is read from its header
CREATE TEMP TABLE long_doc AS SELECT repeat('Pakistan and India. ', 1000) AS body;
SELECT count(*) FROM long_doc, textfacts.extract(body);
RESET textfacts.max_input_bytes;
SELECT count(*) FROM long_doc, textfacts.extract(body);

-- A document with more facts than textfacts.max_facts is refused: the
-- reproduction of the issue, a number every two bytes
SELECT count(*) FROM textfacts.extract(repeat('1 ', 2000000));
SELECT pg_temp.outcome('SELECT textfacts.to_factvector(repeat(''1 '', 2000000))');
SET textfacts.max_facts = 3;
SELECT count(*) FROM textfacts.extract('Pakistan, India, China and Russia.');
SELECT count(*) FROM entities('Pakistan, India, China and Russia.');  -- facts found, of all kinds
SELECT pg_temp.outcome('SELECT headline(''Pakistan, India, China and Russia.'', ''country:PK'')');
SET textfacts.max_facts = 4;
SELECT count(*) FROM textfacts.extract('Pakistan, India, China and Russia.');
RESET textfacts.max_facts;

-- headline(): caps on the markers and on MaxFragments (the issue's
-- reproduction asked for 6,000-byte markers and 100,000 fragments)
SELECT length(textfacts.headline(repeat('Pakistan paid $3 billion. ', 200000), 'country:PK', NULL,
  'MaxFragments=100000, StartSel=' || repeat('x', 6000) || ', StopSel=' || repeat('y', 6000)));
SELECT headline('Pakistan paid.', 'country:PK', NULL, 'StopSel=' || repeat('y', 65));
SELECT headline('Pakistan paid. India paid.', 'country:PK | country:IN', NULL,
                'FragmentDelimiter="' || repeat('-', 65) || '", MaxFragments=0');
SELECT headline('Pakistan paid.', 'country:PK', NULL, 'MaxFragments=1001');
-- at the caps
SELECT length(headline('Pakistan paid. India paid.', 'country:PK | country:IN', NULL,
  'StartSel=' || repeat('x', 64) || ', StopSel=' || repeat('y', 64) ||
  ', FragmentDelimiter=' || repeat('-', 64) || ', MaxFragments=1000'));
-- many fragments: bounded by MaxFragments
SELECT length(textfacts.headline(repeat('Pakistan paid $3 billion. ', 20000), 'country:PK', NULL,
  'MaxFragments=1000'));

-- A sentence longer than 1,000 bytes is shown as a window around its first
-- match, cut at spaces
SELECT length(h), left(h, 12), right(h, 12), h LIKE '%<b>Pakistan</b> paid <b>$3 billion</b>%' AS marked
FROM (SELECT headline(repeat('a ', 1000) || 'Pakistan paid $3 billion ' || repeat('b ', 1000),
                      'country:PK | money') AS h) s;
-- a match near the start: the window starts with the sentence
SELECT length(h), left(h, 20), right(h, 6)
FROM (SELECT headline('Pakistan paid ' || repeat('b ', 2000), 'country:PK') AS h) s;
-- a huge sentence with a match in its middle (3 MB of text, about a kilobyte back)
SELECT length(h) BETWEEN 900 AND 1100 AS windowed, h LIKE '%<b>Pakistan</b>%' AS marked
FROM (SELECT headline(repeat('word ', 300000) || 'Pakistan paid $3 billion ' || repeat('word ', 300000),
                      'country:PK') AS h) s;
-- nothing matched in a huge opening sentence: its first kilobyte
SELECT length(headline(repeat('word ', 300000), 'country:PK')) BETWEEN 900 AND 1000 AS windowed;
