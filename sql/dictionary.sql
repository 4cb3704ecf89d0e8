-- The user dictionary: entries are found like built-in names and win over them
SELECT kind, surface, norm FROM textfacts.extract('Pakistan Petroleum Limited and PPL rose in Georgia.') ORDER BY pos;
INSERT INTO textfacts.dictionary (kind, name, aliases, norm) VALUES
  ('org', 'Pakistan Petroleum Limited', '{PPL}', NULL),
  ('place', 'Georgia', '{}', 'Georgia, United States');
-- the same session sees the change at its next command
SELECT kind, surface, norm FROM textfacts.extract('Pakistan Petroleum Limited and PPL rose in Georgia.') ORDER BY pos;
UPDATE textfacts.dictionary SET norm = 'PPL' WHERE name = 'Pakistan Petroleum Limited';
SELECT kind, surface, norm FROM textfacts.extract('PPL rose.') ORDER BY pos;
DELETE FROM textfacts.dictionary WHERE kind = 'place';
SELECT kind, surface, norm FROM textfacts.extract('Georgia rose.') ORDER BY pos;

-- the loader works under an empty search_path (as during pg_restore)
SET search_path = '';
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', 'K-Electric');
SELECT kind, surface, norm FROM textfacts.extract('K-Electric raised tariffs.');
RESET search_path;

-- checks on the table
INSERT INTO textfacts.dictionary (kind, name) VALUES ('money', 'Dollar Club');
INSERT INTO textfacts.dictionary (kind, name, norm) VALUES ('country', 'Absurdistan', 'absurd');
INSERT INTO textfacts.dictionary (kind, name, norm) VALUES ('country', 'Absurdistan', 'AB');
SELECT kind, surface, norm FROM textfacts.extract('Absurdistan borders Pakistan.') ORDER BY pos;
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', '');
-- an alias the engine cannot use is reported, not silently dropped
INSERT INTO textfacts.dictionary (kind, name, aliases) VALUES ('org', 'Long Alias Corp', ARRAY[repeat('x', 200)]);
SELECT count(*) FROM textfacts.extract('Long Alias Corp');
-- the trigger function is only a trigger
SELECT textfacts.dictionary_changed();
TRUNCATE textfacts.dictionary;
SELECT kind, surface, norm FROM textfacts.extract('Pakistan Petroleum Limited') ORDER BY pos;
-- an empty table is not read (its file has no block) until a row comes,
-- which the next command sees
INSERT INTO textfacts.dictionary (kind, name, aliases) VALUES ('org', 'Pakistan Petroleum Limited', '{PPL}');
SELECT kind, surface, norm FROM textfacts.extract('PPL rose.') ORDER BY pos;
TRUNCATE textfacts.dictionary;
SELECT kind, surface, norm FROM textfacts.extract('PPL rose.') ORDER BY pos;

-- the extension's owner may edit the table and grant that right: a trusted
-- install by a non-superuser
SELECT current_database() AS regdb, current_user AS reguser \gset
CREATE ROLE tf_dict_owner LOGIN NOSUPERUSER;
CREATE ROLE tf_dict_editor LOGIN NOSUPERUSER;
CREATE DATABASE tf_dict;
GRANT CREATE ON DATABASE tf_dict TO tf_dict_owner;
\c tf_dict tf_dict_owner
CREATE EXTENSION textfacts;
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', 'Sui Northern Gas');
GRANT INSERT ON textfacts.dictionary TO tf_dict_editor;
\c tf_dict tf_dict_editor
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', 'Oil and Gas Development Company');
SELECT kind, surface FROM textfacts.extract('Sui Northern Gas and Oil and Gas Development Company') ORDER BY pos;
-- only INSERT was granted
DELETE FROM textfacts.dictionary;
\c :regdb :reguser
DROP DATABASE tf_dict;
DROP ROLE tf_dict_owner;
DROP ROLE tf_dict_editor;

-- Hostile entries (issue 20): an empty name is refused by the table; an
-- empty alias, a 10 kB alias and a name of more bytes than the engine takes
-- are reported, the report cut at a character boundary; control characters
-- are names like others; a second entry of the same key (written in other
-- capitals) replaces the first in the engine, as the table allows both
INSERT INTO textfacts.dictionary (kind, name) VALUES ('org', '');
INSERT INTO textfacts.dictionary (kind, name, aliases) VALUES
  ('org', 'Empty Alias Corp', ARRAY['']),
  ('org', 'Huge Alias Corp', ARRAY[repeat('é', 5000)]),
  ('org', repeat('ü', 100), '{}'),
  ('org', 'Bell' || chr(7) || 'Tab' || chr(9) || 'Corp', '{}'),
  ('org', 'Acme Holdings', '{}'),
  ('org', 'ACME HOLDINGS', '{}');
SELECT kind, surface, norm FROM textfacts.extract(
  'Empty Alias Corp, Huge Alias Corp, Acme Holdings and Bell' || chr(7) || 'Tab' || chr(9) || 'Corp met.') ORDER BY pos;
TRUNCATE textfacts.dictionary;
