-- Issue 13, sections 1 and 5: operators planted for a superuser's fact
-- query.  First by the schema's former owner: tf_sec_oscar creates an empty
-- schema textfacts, a superuser installs into it, and tf_sec_oscar tries to
-- add @@ (factvector, text) there, which `fv @@ 'literal'` would pick even
-- with textfacts first on the search_path.  Then in a schema after textfacts
-- on the path (public, where the test lets him create): there textfacts'
-- own @@ (factvector, text) comes first.  None of his functions may run.
SELECT current_database() AS regdb, current_user AS reguser \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS tf_sec_planted;
DROP ROLE IF EXISTS tf_sec_oscar;
RESET client_min_messages;
CREATE ROLE tf_sec_oscar LOGIN NOSUPERUSER;
CREATE DATABASE tf_sec_planted;
GRANT CREATE ON DATABASE tf_sec_planted TO tf_sec_oscar;

\c tf_sec_planted tf_sec_oscar
CREATE SCHEMA loot_s;
GRANT USAGE ON SCHEMA loot_s TO PUBLIC;
CREATE TABLE loot_s.loot (who text, super bool);
GRANT INSERT ON loot_s.loot TO PUBLIC;
CREATE FUNCTION loot_s.evil() RETURNS bool LANGUAGE plpgsql AS $$
BEGIN INSERT INTO loot_s.loot SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user; RETURN true; END $$;
CREATE SCHEMA textfacts;

\c tf_sec_planted :reguser
CREATE EXTENSION textfacts;

\c tf_sec_planted tf_sec_oscar
CREATE FUNCTION textfacts.m(textfacts.factvector, text) RETURNS bool LANGUAGE plpgsql AS
  $$BEGIN PERFORM loot_s.evil(); RETURN textfacts.factvector_matches($1, textfacts.to_factquery($2)); END$$;
CREATE FUNCTION loot_s.m(textfacts.factvector, text) RETURNS bool LANGUAGE plpgsql AS
  $$BEGIN PERFORM loot_s.evil(); RETURN textfacts.factvector_matches($1, textfacts.to_factquery($2)); END$$;
CREATE OPERATOR textfacts.@@ (LEFTARG = textfacts.factvector, RIGHTARG = text, FUNCTION = loot_s.m);

\c tf_sec_planted :reguser
SET search_path = textfacts, public;
SELECT to_factvector('Pakistan') @@ 'country:PK' AS matches,
       'country:PK' @@ to_factvector('Pakistan') AS matches_first;
RESET search_path;
SELECT * FROM loot_s.loot;

-- the issue's reproduction of section 5: operators of the same name in
-- public, after textfacts on the path
GRANT CREATE ON SCHEMA public TO tf_sec_oscar;
\c tf_sec_planted tf_sec_oscar
CREATE FUNCTION public.m(textfacts.factvector, text) RETURNS bool LANGUAGE plpgsql AS
  $$BEGIN PERFORM loot_s.evil(); RETURN textfacts.factvector_matches($1, textfacts.to_factquery($2)); END$$;
CREATE FUNCTION public.m(text, textfacts.factvector) RETURNS bool LANGUAGE plpgsql AS
  $$BEGIN PERFORM loot_s.evil(); RETURN textfacts.factquery_matches(textfacts.to_factquery($1), $2); END$$;
CREATE FUNCTION public.mv(textfacts.factvector, text) RETURNS textfacts.factvector LANGUAGE plpgsql AS
  $$BEGIN PERFORM loot_s.evil(); RETURN $1; END$$;
CREATE OPERATOR public.@@ (LEFTARG = textfacts.factvector, RIGHTARG = text, FUNCTION = public.m);
CREATE OPERATOR public.@@ (LEFTARG = text, RIGHTARG = textfacts.factvector, FUNCTION = public.m);
CREATE OPERATOR public.@> (LEFTARG = textfacts.factvector, RIGHTARG = text, FUNCTION = public.m);
CREATE OPERATOR public.<@ (LEFTARG = text, RIGHTARG = textfacts.factvector, FUNCTION = public.m);
CREATE OPERATOR public.= (LEFTARG = textfacts.factvector, RIGHTARG = text, FUNCTION = public.m);
CREATE OPERATOR public.|| (LEFTARG = textfacts.factvector, RIGHTARG = text, FUNCTION = public.mv);

\c tf_sec_planted :reguser
SET search_path = textfacts, public;
SELECT textfacts.to_factvector('Pakistan') @@ 'country:PK' AS matches,
       'country:PK' @@ textfacts.to_factvector('Pakistan') AS matches_first,
       textfacts.to_factvector('Pakistan') @> '''country:PK''' AS contains,
       '''country:PK''' <@ textfacts.to_factvector('Pakistan') AS contained,
       textfacts.to_factvector('Pakistan') = '''country:PK''' AS equal,
       textfacts.to_factvector('Pakistan') || '''country:RU''' AS merged;
-- the qualified operator, whatever the path
SET search_path = public, textfacts;
SELECT textfacts.to_factvector('Pakistan') OPERATOR(textfacts.@@) 'country:PK' AS matches;
RESET search_path;
SELECT * FROM loot_s.loot;

-- nor @@ (factvector, factvector), which PostgreSQL would try first for a
-- literal, whatever the order of the path
\c tf_sec_planted tf_sec_oscar
CREATE FUNCTION loot_s.mm(textfacts.factvector, textfacts.factvector) RETURNS bool LANGUAGE plpgsql AS
  $$BEGIN PERFORM loot_s.evil(); RETURN true; END$$;
CREATE OPERATOR textfacts.@@ (LEFTARG = textfacts.factvector, RIGHTARG = textfacts.factvector, FUNCTION = loot_s.mm);
\c tf_sec_planted :reguser
SELECT oprleft::regtype, oprright::regtype, oprcode
FROM pg_operator WHERE oprnamespace = 'textfacts'::regnamespace AND oprname = '@@'
ORDER BY oprleft::regtype::text, oprright::regtype::text;
SELECT * FROM loot_s.loot;

\c :regdb :reguser
DROP DATABASE tf_sec_planted;
DROP ROLE tf_sec_oscar;
