-- The extension is trusted: a role that is not a superuser, with CREATE on
-- the database, can install and use it.
SELECT current_database() AS regdb, current_user AS reguser \gset
CREATE ROLE tf_plain_user LOGIN NOSUPERUSER;
CREATE DATABASE tf_trusted;
GRANT CREATE ON DATABASE tf_trusted TO tf_plain_user;
\c tf_trusted tf_plain_user
SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user;
CREATE EXTENSION textfacts;
SELECT kind, surface, norm FROM textfacts.extract('Pakistan and Russia') ORDER BY pos;
DROP EXTENSION textfacts;
\c :regdb :reguser
DROP DATABASE tf_trusted;
DROP ROLE tf_plain_user;
