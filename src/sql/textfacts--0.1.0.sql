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

-- The user dictionary: entities users teach textfacts (companies, tickers,
-- local bodies).  Its names are found like the built-in ones and win over
-- them.  Each backend loads the table once and reloads it when a statement
-- trigger signals a change.  Changing it changes extraction results: rebuild
-- fact indexes afterwards (REINDEX), as after changing a text search dictionary.
CREATE TABLE @extschema@.dictionary (
    kind    text   NOT NULL
            CHECK (kind IN ('person', 'org', 'country', 'place', 'nationality')),
    name    text   NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
    aliases text[] NOT NULL DEFAULT '{}',
    norm    text,
    -- a country or nationality is normalised to its ISO 3166-1 alpha-2 code
    CHECK (kind NOT IN ('country', 'nationality') OR norm ~ '^[A-Z][A-Z]$'),
    PRIMARY KEY (kind, name)
);
-- pg_dump keeps the rows users add
SELECT pg_catalog.pg_extension_config_dump('@extschema@.dictionary', '');
-- the extension is trusted, so its objects belong to the bootstrap superuser:
-- the role that created the extension gets the rights to edit the table and to
-- grant them; everyone may read it (extraction reads it as the calling user)
GRANT SELECT ON @extschema@.dictionary TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.dictionary
    TO @extowner@ WITH GRANT OPTION;

-- Trigger function: a relcache invalidation tells every backend its copy is
-- stale.  VOLATILE and PARALLEL UNSAFE: it sends invalidations, and runs only
-- as a trigger of the statements that change the table.
CREATE FUNCTION @extschema@.dictionary_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'textfacts_dictionary_changed'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

CREATE TRIGGER dictionary_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.dictionary
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_changed();
