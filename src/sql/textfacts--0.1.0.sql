-- textfacts 0.1.0: install script
\echo Use "CREATE EXTENSION textfacts" to load this file. \quit

-- One fact: one mention in the text (see README and DESIGN).
CREATE TYPE @extschema@.fact AS (
    kind     text,
    surface  text,
    norm     text,
    value    numeric,
    unit     text,
    pos      int,
    len      int,
    sentence int,
    detail   jsonb
);

-- Extraction is IMMUTABLE by the policy of to_tsvector(regconfig, text): the
-- result depends on the engine version (stamped into factvectors), and an
-- engine upgrade is documented as needing a REINDEX of fact indexes.
-- Not STRICT: a NULL ref_date only means "no reference date"; a NULL body
-- gives no rows.  COST says that reading a document is dear, so the planner
-- prefers an index over computing facts row by row.
-- dollar: the ISO 4217 code of a bare "$" (and of "dollars", "cents"); an
-- argument, never a setting, because it changes the results (NULL: USD).
CREATE FUNCTION @extschema@.extract(body text, ref_date date DEFAULT NULL,
                                    dollar text DEFAULT 'USD')
RETURNS SETOF @extschema@.fact
AS 'MODULE_PATHNAME', 'textfacts_extract'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 1000 ROWS 30;
