-- A query or a vector written as a literal next to an operator.  PostgreSQL
-- resolves an unknown-typed literal among the operators of that name on the
-- search_path, preferring a text argument; textfacts has @@ (factvector,
-- text) and (text, factvector), so 'country:PK' after @@ is its own query.
-- The other operators take a literal as a factvector: their (factvector,
-- factvector) form is tried first, as an exact match.
SET search_path = textfacts, public;

SELECT oprleft::regtype AS left, oprright::regtype AS right, oprcode AS function
FROM pg_operator
WHERE oprname = '@@' AND oprnamespace = 'textfacts'::regnamespace
ORDER BY oprleft::regtype::text, oprright::regtype::text;

-- a literal after or before @@ is a query; so is a text value
SELECT to_factvector('Pakistan paid $3 billion.') @@ 'country:PK & money:USD>=1e9' AS literal,
       'country:PK' @@ to_factvector('Pakistan') AS literal_first,
       to_factvector('Pakistan') @@ 'country:RU'::text AS text_value,
       to_factvector('Pakistan') @@ NULL::text AS null_text;
CREATE TEMP TABLE saved_queries (q text);
INSERT INTO saved_queries VALUES ('country:PK'), ('country:RU | money'), (NULL);
SELECT q, to_factvector('Pakistan paid $3 billion.') @@ q AS matches,
       q @@ to_factvector('Russia') AS matches_russia
FROM saved_queries ORDER BY q;
-- the other operators read a literal as a factvector
SELECT to_factvector('Pakistan and Russia') @> '''country:PK''' AS contains,
       '''country:PK''' <@ to_factvector('Pakistan and Russia') AS contained,
       to_factvector('Pakistan') = '''country:PK''' AS equal,
       to_factvector('Pakistan') || '''country:RU''' AS merged;
-- a bad literal is an error of the query's parser
SELECT to_factvector('Pakistan') @@ 'country:Narnia';
SELECT to_factvector('Pakistan') @@ 'country:PK &';

-- operators of the same names in a schema after textfacts are not taken
CREATE FUNCTION public.planted(factvector, text) RETURNS bool
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted operator ran'; END$$;
CREATE FUNCTION public.planted(text, factvector) RETURNS bool
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted operator ran'; END$$;
CREATE FUNCTION public.planted_concat(factvector, text) RETURNS factvector
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted operator ran'; END$$;
CREATE OPERATOR public.@@ (LEFTARG = factvector, RIGHTARG = text, FUNCTION = public.planted);
CREATE OPERATOR public.@@ (LEFTARG = text, RIGHTARG = factvector, FUNCTION = public.planted);
CREATE OPERATOR public.@> (LEFTARG = factvector, RIGHTARG = text, FUNCTION = public.planted);
CREATE OPERATOR public.<@ (LEFTARG = text, RIGHTARG = factvector, FUNCTION = public.planted);
CREATE OPERATOR public.= (LEFTARG = factvector, RIGHTARG = text, FUNCTION = public.planted);
CREATE OPERATOR public.|| (LEFTARG = factvector, RIGHTARG = text, FUNCTION = public.planted_concat);
SELECT to_factvector('Pakistan') @@ 'country:PK' AS matches,
       'country:PK' @@ to_factvector('Pakistan') AS matches_first,
       to_factvector('Pakistan') @> '''country:PK''' AS contains,
       '''country:PK''' <@ to_factvector('Pakistan') AS contained,
       to_factvector('Pakistan') = '''country:PK''' AS equal,
       to_factvector('Pakistan') || '''country:RU''' AS merged;
-- but an @@ (factvector, factvector) anywhere on the path takes the literal:
-- PostgreSQL tries the other argument's type before any other.  Hence the
-- rule: no schema that others can write on the search_path, or the
-- qualified operator, which looks in textfacts only.
CREATE FUNCTION public.planted(factvector, factvector) RETURNS bool
LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'planted operator ran'; END$$;
CREATE OPERATOR public.@@ (LEFTARG = factvector, RIGHTARG = factvector, FUNCTION = public.planted);
SELECT to_factvector('Pakistan') @@ 'country:PK' AS matches;
SELECT to_factvector('Pakistan') OPERATOR(textfacts.@@) 'country:PK' AS matches;
SET client_min_messages = warning;
DROP FUNCTION public.planted(factvector, text), public.planted(text, factvector),
  public.planted(factvector, factvector), public.planted_concat(factvector, text) CASCADE;
RESET client_min_messages;

-- the planner inlines the text form and folds the literal into a factquery:
-- an expression index serves a literal query
CREATE TABLE public.lit_docs (id int PRIMARY KEY, body text);
INSERT INTO lit_docs
SELECT g, CASE WHEN g % 50 = 0 THEN 'Pakistan paid $3 billion.' ELSE 'Russia and Turkey met.' END
FROM generate_series(1, 500) g;
CREATE INDEX lit_docs_facts ON lit_docs USING gin (textfacts.to_factvector(body));
ANALYZE lit_docs;
EXPLAIN (COSTS OFF) SELECT id FROM lit_docs WHERE to_factvector(body) @@ 'country:PK & money:USD>=1e9';
EXPLAIN (COSTS OFF) SELECT id FROM lit_docs WHERE 'country:PK' @@ to_factvector(body);
SELECT count(*) AS found FROM lit_docs WHERE to_factvector(body) @@ 'country:PK & money:USD>=1e9';
-- a query in a text parameter is read at run time, through the index too
PREPARE by_text(text) AS SELECT count(*) FROM lit_docs WHERE to_factvector(body) @@ $1;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE by_text('country:PK');
EXECUTE by_text('country:PK');
RESET plan_cache_mode;
DEALLOCATE by_text;
-- and under an empty search_path, through the qualified operator
SET search_path = '';
EXPLAIN (COSTS OFF)
SELECT id FROM public.lit_docs WHERE textfacts.to_factvector(body) OPERATOR(textfacts.@@) 'country:PK';
RESET search_path;
DROP TABLE public.lit_docs;
