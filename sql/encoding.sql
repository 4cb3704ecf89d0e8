-- textfacts works in UTF8 databases only: elsewhere offsets would be wrong,
-- so its functions raise feature_not_supported (0A000)
SELECT current_database() AS regdb, current_user AS reguser \gset
CREATE DATABASE tf_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c tf_sql_ascii
CREATE EXTENSION textfacts;
SELECT * FROM textfacts.extract('Pakistan and Russia');
DO $$
BEGIN
  PERFORM * FROM textfacts.extract('Pakistan and Russia');
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'sqlstate %', SQLSTATE;
END $$;
-- NULL in is still no rows, without touching the text
SELECT count(*) FROM textfacts.extract(NULL);
\c :regdb :reguser
DROP DATABASE tf_sql_ascii;
