# A BI client reads the views of a tracked table (issue 17): SQLAlchemy's
# inspector, which Superset uses to list a table's columns, reflects them
# through psycopg2 and finds only standard SQL types; the dashboard queries
# of the README run through it.  Runs against the cluster scripts/test
# started (PGHOST, PGPORT, PGUSER); prints TAP.
set -u
here=$(cd "$(dirname "$0")" && pwd)
psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
psql_q -c "DROP DATABASE IF EXISTS tf_bi" -c "CREATE DATABASE tf_bi" >/dev/null
psql_q -d tf_bi >/dev/null <<SQL
SET client_min_messages = warning;
CREATE EXTENSION textfacts;
CREATE TABLE articles (id int PRIMARY KEY, published date, body text);
\\i $here/../../data/sample/articles.sql
SELECT textfacts.track('articles', 'body', 'published');
CALL textfacts.refresh('articles');
SQL
# Debian's python3-sqlalchemy and python3-psycopg2 serve Debian's python
/usr/bin/python3 "$here/bi_views.py" tf_bi
rc=$?
psql_q -c "DROP DATABASE tf_bi" >/dev/null
exit $rc
