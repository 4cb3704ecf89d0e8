-- The user dictionary across sessions: after an INSERT committed in one
-- session, another session sees the entry on its next call (a relcache
-- invalidation, no query per call); entries, aliases and overrides.
BEGIN;
SELECT plan(8);
CREATE EXTENSION IF NOT EXISTS dblink;

SELECT format('dbname=%s host=%s port=%s user=%s', current_database(),
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port'), current_user) AS conninfo \gset
SELECT dblink_connect('reader', :'conninfo');
SELECT dblink_connect('writer', :'conninfo');

-- the reader has loaded its copy before the change (the tagger finds the
-- org on its own, without a norm: a dictionary entry has one)
SELECT is((SELECT n FROM dblink('reader',
            $q$SELECT count(*) FROM textfacts.extract('Shares of Lucky Cement Limited rose.') WHERE kind = 'org' AND norm IS NOT NULL$q$)
            AS t(n bigint)), 0::bigint, 'reader: no entry before the insert');

SELECT dblink_exec('writer', $q$INSERT INTO textfacts.dictionary (kind, name, aliases)
                                VALUES ('org', 'Lucky Cement Limited', '{LUCK}')$q$);

SELECT is((SELECT n FROM dblink('reader',
            $q$SELECT count(*) FROM textfacts.extract('Shares of Lucky Cement Limited rose.') WHERE kind = 'org' AND norm IS NOT NULL$q$)
            AS t(n bigint)), 1::bigint, 'reader: sees the entry committed by another session');
SELECT is((SELECT norm FROM dblink('reader',
            $q$SELECT norm FROM textfacts.extract('LUCK fell 2%.') WHERE kind = 'org'$q$)
            AS t(norm text)), 'Lucky Cement Limited', 'reader: an alias maps to its norm');

SELECT dblink_exec('writer', $q$INSERT INTO textfacts.dictionary (kind, name, norm)
                                VALUES ('place', 'Jordan', 'Jordan, Minnesota')$q$);
SELECT is((SELECT kind || ':' || norm FROM dblink('reader',
            $q$SELECT kind, norm FROM textfacts.extract('Jordan voted.')$q$)
            AS t(kind text, norm text)), 'place:Jordan, Minnesota',
          'reader: an entry overrides a built-in country name');

SELECT dblink_exec('writer', $q$DELETE FROM textfacts.dictionary WHERE name = 'Jordan'$q$);
SELECT is((SELECT kind || ':' || norm FROM dblink('reader',
            $q$SELECT kind, norm FROM textfacts.extract('Jordan voted.')$q$)
            AS t(kind text, norm text)), 'country:JO',
          'reader: a deleted entry is gone on the next call');

-- a non-superuser who was granted the rights can add entries
SELECT dblink_exec('writer', $q$CREATE ROLE tf_tap_editor NOLOGIN$q$);
SELECT dblink_exec('writer', $q$GRANT INSERT, DELETE, SELECT ON textfacts.dictionary TO tf_tap_editor$q$);
SELECT is(dblink_exec('writer', $q$SET ROLE tf_tap_editor; INSERT INTO textfacts.dictionary (kind, name)
                                    VALUES ('org', 'Engro Fertilizers'); RESET ROLE$q$),
          'RESET', 'a granted non-superuser adds an entry');
SELECT is((SELECT n FROM dblink('reader',
            $q$SELECT count(*) FROM textfacts.extract('Engro Fertilizers said') WHERE kind = 'org'$q$)
            AS t(n bigint)), 1::bigint, 'reader: sees the non-superuser''s entry');
SELECT throws_ok(
  $q$SELECT dblink_exec('writer', 'SET ROLE tf_tap_editor; UPDATE textfacts.dictionary SET norm = ''x''')$q$,
  '42501', NULL, 'a right that was not granted is refused');

-- clean up what the other sessions committed
SELECT dblink_exec('writer', 'RESET ROLE');
SELECT dblink_exec('writer', $q$DELETE FROM textfacts.dictionary$q$);
SELECT dblink_exec('writer', $q$REVOKE ALL ON textfacts.dictionary FROM tf_tap_editor$q$);
SELECT dblink_exec('writer', $q$DROP ROLE tf_tap_editor$q$);
SELECT dblink_disconnect('reader');
SELECT dblink_disconnect('writer');
SELECT * FROM finish();
ROLLBACK;
