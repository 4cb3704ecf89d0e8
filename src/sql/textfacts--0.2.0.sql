-- textfacts 0.2.0: install script
\echo Use "CREATE EXTENSION textfacts" to load this file. \quit

-- ---- the schema: only the extension's objects, owned by a superuser ----
-- CREATE EXTENSION creates schema textfacts owned by the role that runs it,
-- or installs into the schema of that name that exists.  Its owner could put
-- objects there (an operator, a table the C code used to find by name) that
-- the extension's callers, superusers among them, would then run (issue 13).
-- So the script refuses a schema that holds anything but the extension's
-- objects, naming them, gives the schema to the role that runs the script
-- (the bootstrap superuser when a non-superuser installs this trusted
-- extension), and resets its privileges to USAGE for PUBLIC.  Everything
-- below is qualified, as the schema is on the search_path while it runs.
DO LANGUAGE plpgsql $check$
DECLARE
    ext pg_catalog.oid;
    nsp pg_catalog.oid;
    strangers pg_catalog.text[];
BEGIN
    SELECT e.oid, e.extnamespace INTO STRICT ext, nsp
    FROM pg_catalog.pg_extension e
    WHERE e.extname OPERATOR(pg_catalog.=) 'textfacts';

    WITH RECURSIVE ours (classid, objid) AS (
        SELECT d.classid, d.objid
        FROM pg_catalog.pg_depend d
        WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
          AND d.refobjid OPERATOR(pg_catalog.=) ext
          AND d.deptype OPERATOR(pg_catalog.=) 'e'
      UNION
        -- what comes with a member: row and array types, indexes, constraints
        SELECT d.classid, d.objid
        FROM pg_catalog.pg_depend d, ours o
        WHERE d.refclassid OPERATOR(pg_catalog.=) o.classid
          AND d.refobjid OPERATOR(pg_catalog.=) o.objid
          AND d.deptype OPERATOR(pg_catalog.=) ANY ('{i,a}'::pg_catalog."char"[])
    ), here (classid, objid) AS (
        SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, oid FROM pg_catalog.pg_class
         WHERE relnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, oid FROM pg_catalog.pg_type
         WHERE typnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, oid FROM pg_catalog.pg_proc
         WHERE pronamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, oid FROM pg_catalog.pg_operator
         WHERE oprnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, oid FROM pg_catalog.pg_opclass
         WHERE opcnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, oid FROM pg_catalog.pg_opfamily
         WHERE opfnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, oid FROM pg_catalog.pg_collation
         WHERE collnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, oid FROM pg_catalog.pg_conversion
         WHERE connamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, oid FROM pg_catalog.pg_statistic_ext
         WHERE stxnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_config
         WHERE cfgnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_dict
         WHERE dictnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_parser
         WHERE prsnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_template
         WHERE tmplnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, oid FROM pg_catalog.pg_extension
         WHERE extnamespace OPERATOR(pg_catalog.=) nsp AND oid OPERATOR(pg_catalog.<>) ext
    )
    SELECT pg_catalog.array_agg(i.type OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) i.identity
                                ORDER BY i.type, i.identity)
    INTO strangers
    FROM here h, pg_catalog.pg_identify_object(h.classid, h.objid, 0) i
    WHERE NOT EXISTS (SELECT FROM ours o
                      WHERE o.classid OPERATOR(pg_catalog.=) h.classid
                        AND o.objid OPERATOR(pg_catalog.=) h.objid);

    IF strangers IS NOT NULL THEN
        RAISE EXCEPTION 'schema % holds objects that are not part of extension textfacts: %',
            nsp::pg_catalog.regnamespace,
            pg_catalog.array_to_string(strangers[1:20], ', ')
            OPERATOR(pg_catalog.||) CASE WHEN pg_catalog.cardinality(strangers) OPERATOR(pg_catalog.>) 20
                THEN pg_catalog.format(' and %s more', pg_catalog.cardinality(strangers) OPERATOR(pg_catalog.-) 20)
                ELSE '' END
        USING ERRCODE = 'object_not_in_prerequisite_state',
              DETAIL = 'The extension''s callers, superusers included, would find such objects by name.',
              HINT = 'Drop them or move them to another schema, then run the command again.';
    END IF;
END
$check$;

ALTER SCHEMA @extschema@ OWNER TO CURRENT_USER;

DO LANGUAGE plpgsql $acl$
DECLARE
    nsp pg_catalog.oid;
    role_oid pg_catalog.oid;
BEGIN
    SELECT e.extnamespace INTO STRICT nsp
    FROM pg_catalog.pg_extension e
    WHERE e.extname OPERATOR(pg_catalog.=) 'textfacts';
    -- every right another role holds, and what it granted from it
    FOR role_oid IN
        SELECT DISTINCT a.grantee
        FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
        WHERE n.oid OPERATOR(pg_catalog.=) nsp
          AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner
    LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON SCHEMA %s FROM %s CASCADE',
            nsp::pg_catalog.regnamespace,
            CASE WHEN role_oid OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                 ELSE role_oid::pg_catalog.regrole::pg_catalog.text END);
    END LOOP;
    GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
    IF EXISTS (SELECT FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
               WHERE n.oid OPERATOR(pg_catalog.=) nsp
                 AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner
                 AND NOT (a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid
                          AND a.privilege_type OPERATOR(pg_catalog.=) 'USAGE')) THEN
        RAISE EXCEPTION 'could not reset the privileges of schema %', nsp::pg_catalog.regnamespace;
    END IF;
END
$acl$;

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
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 20000 ROWS 30;

-- The user dictionary: entities users teach textfacts (companies, tickers,
-- local bodies).  Its names are found like the built-in ones and win over
-- them.  Each backend loads the table once and reloads it when a statement
-- trigger signals a change; it finds the table as a member of the extension,
-- never by name (src/pg/tf_dictionary.c).  Changing it changes extraction
-- results: rebuild fact indexes afterwards (REINDEX), as after changing a
-- text search dictionary.
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

-- The two halves of extract(): entities need no reference date (STRICT: a
-- NULL body gives no rows); figures and dates take one, as extract() does.
-- COST 20000 (50 units at the default cpu_operator_cost): reading a 3.7 kB
-- news article with every recogniser takes about 0.5 ms (7 MB/s through the
-- CLI, bench/cli_throughput.sh), some 20,000 times a simple operator; the
-- planner must know that computing facts row by row is dear, so that it
-- prefers a fact index (bench/factsearch.sh measures it).  extract(),
-- to_factvector() and headline() cost the same.
CREATE FUNCTION @extschema@.entities(body text)
RETURNS SETOF @extschema@.fact
AS 'MODULE_PATHNAME', 'textfacts_entities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20000 ROWS 20;

CREATE FUNCTION @extschema@.figures(body text, ref_date date DEFAULT NULL,
                                    dollar text DEFAULT 'USD')
RETURNS SETOF @extschema@.fact
AS 'MODULE_PATHNAME', 'textfacts_figures'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 20000 ROWS 10;

-- ---- factvector: a document's distinct facts, sorted, with mention counts ----
-- Layout, text form and wire form: src/core/factsearch.h and the README.

CREATE TYPE @extschema@.factvector;

CREATE FUNCTION @extschema@.factvector_in(cstring)
RETURNS @extschema@.factvector
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factvector_out(@extschema@.factvector)
RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factvector_recv(internal)
RETURNS @extschema@.factvector
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factvector_send(@extschema@.factvector)
RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- ANALYZE keeps the most common keys and their frequencies (tf_selfuncs.c)
CREATE FUNCTION @extschema@.factvector_typanalyze(internal)
RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.factvector (
    INPUT = @extschema@.factvector_in,
    OUTPUT = @extschema@.factvector_out,
    RECEIVE = @extschema@.factvector_recv,
    SEND = @extschema@.factvector_send,
    ANALYZE = @extschema@.factvector_typanalyze,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);

-- Not STRICT: a NULL ref_date only means "no reference date"; a NULL body
-- gives NULL.  COST: reading a document is dear (see entities() above).
CREATE FUNCTION @extschema@.to_factvector(body text, ref_date date DEFAULT NULL,
                                          dollar text DEFAULT 'USD')
RETURNS @extschema@.factvector
AS 'MODULE_PATHNAME', 'textfacts_to_factvector'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 20000;

-- The engine version that made a vector (0: typed by hand, or merged with one
-- that was); compare with the current engine to find rows to recompute.
CREATE FUNCTION @extschema@.engine_version(@extschema@.factvector)
RETURNS int
AS 'MODULE_PATHNAME', 'factvector_engine_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The keys of a vector in their text form, with their mention counts.
CREATE FUNCTION @extschema@.unnest(@extschema@.factvector, OUT key text, OUT count int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'factvector_unnest'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

-- ---- factquery: a boolean query over facts ----

CREATE TYPE @extschema@.factquery;

CREATE FUNCTION @extschema@.factquery_in(cstring)
RETURNS @extschema@.factquery
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factquery_out(@extschema@.factquery)
RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factquery_recv(internal)
RETURNS @extschema@.factquery
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factquery_send(@extschema@.factquery)
RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.factquery (
    INPUT = @extschema@.factquery_in,
    OUTPUT = @extschema@.factquery_out,
    RECEIVE = @extschema@.factquery_recv,
    SEND = @extschema@.factquery_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);

-- Country and nationality values are looked up in the compiled-in gazetteer,
-- which is part of the engine: IMMUTABLE by the same policy as extraction.
CREATE FUNCTION @extschema@.to_factquery(query text)
RETURNS @extschema@.factquery
AS 'MODULE_PATHNAME', 'textfacts_to_factquery'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (text AS @extschema@.factquery)
    WITH FUNCTION @extschema@.to_factquery(text);

-- ---- operators ----

-- Selectivity of @@ from the key frequencies ANALYZE keeps (contsel's
-- constant without them); joins use contjoinsel.
CREATE FUNCTION @extschema@.factquery_sel(internal, oid, internal, integer)
RETURNS float8
AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factvector_matches(@extschema@.factvector, @extschema@.factquery)
RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factquery_matches(@extschema@.factquery, @extschema@.factvector)
RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.@@ (
    LEFTARG = @extschema@.factvector,
    RIGHTARG = @extschema@.factquery,
    FUNCTION = @extschema@.factvector_matches,
    COMMUTATOR = OPERATOR(@extschema@.@@),
    RESTRICT = @extschema@.factquery_sel,
    JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.@@ (
    LEFTARG = @extschema@.factquery,
    RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factquery_matches,
    COMMUTATOR = OPERATOR(@extschema@.@@),
    RESTRICT = @extschema@.factquery_sel,
    JOIN = pg_catalog.contjoinsel
);

-- ---- a query written as a literal: fv @@ 'country:PK' ----
-- Without an @@ (factvector, text), an unknown-typed literal after @@ took
-- such an operator from any schema on the search_path, even one after
-- textfacts, as PostgreSQL prefers a string type for an unknown argument
-- (issue 13).  These take the literal as text and hand it to to_factquery.
-- Plain SQL, IMMUTABLE, no SET clause and a body bound at creation: the
-- planner inlines them and folds the literal into a factquery constant, so
-- a GIN index still serves the query.  (The other operators need no text
-- form: PostgreSQL first tries an unknown argument as the other argument's
-- type, and finds (factvector, factvector).)
CREATE FUNCTION @extschema@.factvector_matches_text(@extschema@.factvector, text)
RETURNS bool
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN $1 OPERATOR(@extschema@.@@) @extschema@.to_factquery($2);

CREATE FUNCTION @extschema@.text_matches_factvector(text, @extschema@.factvector)
RETURNS bool
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN @extschema@.to_factquery($1) OPERATOR(@extschema@.@@) $2;

CREATE OPERATOR @extschema@.@@ (
    LEFTARG = @extschema@.factvector,
    RIGHTARG = text,
    FUNCTION = @extschema@.factvector_matches_text,
    COMMUTATOR = OPERATOR(@extschema@.@@),
    RESTRICT = pg_catalog.contsel,
    JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.@@ (
    LEFTARG = text,
    RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.text_matches_factvector,
    COMMUTATOR = OPERATOR(@extschema@.@@),
    RESTRICT = pg_catalog.contsel,
    JOIN = pg_catalog.contjoinsel
);

CREATE FUNCTION @extschema@.factvector_contains(@extschema@.factvector, @extschema@.factvector)
RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.factvector_contained(@extschema@.factvector, @extschema@.factvector)
RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.@> (
    LEFTARG = @extschema@.factvector,
    RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@),
    RESTRICT = pg_catalog.contsel,
    JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.<@ (
    LEFTARG = @extschema@.factvector,
    RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>),
    RESTRICT = pg_catalog.contsel,
    JOIN = pg_catalog.contjoinsel
);

CREATE FUNCTION @extschema@.factvector_concat(@extschema@.factvector, @extschema@.factvector)
RETURNS @extschema@.factvector
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.|| (
    LEFTARG = @extschema@.factvector,
    RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_concat
);

-- ---- equality and order: btree and hash operator classes ----
-- Keys and counts are compared; the engine version in the header is not.

CREATE FUNCTION @extschema@.factvector_cmp(@extschema@.factvector, @extschema@.factvector)
RETURNS int AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factvector_lt(@extschema@.factvector, @extschema@.factvector)
RETURNS bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factvector_le(@extschema@.factvector, @extschema@.factvector)
RETURNS bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factvector_eq(@extschema@.factvector, @extschema@.factvector)
RETURNS bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factvector_ne(@extschema@.factvector, @extschema@.factvector)
RETURNS bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factvector_ge(@extschema@.factvector, @extschema@.factvector)
RETURNS bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factvector_gt(@extschema@.factvector, @extschema@.factvector)
RETURNS bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factvector_hash(@extschema@.factvector)
RETURNS int AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.factvector, RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.factvector, RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.factvector, RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.factvector, RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.factvector, RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.factvector, RIGHTARG = @extschema@.factvector,
    FUNCTION = @extschema@.factvector_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR CLASS @extschema@.factvector_ops
DEFAULT FOR TYPE @extschema@.factvector USING btree AS
    OPERATOR 1 @extschema@.<,
    OPERATOR 2 @extschema@.<=,
    OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=,
    OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.factvector_cmp(@extschema@.factvector, @extschema@.factvector);

CREATE OPERATOR CLASS @extschema@.factvector_hash_ops
DEFAULT FOR TYPE @extschema@.factvector USING hash AS
    OPERATOR 1 @extschema@.=,
    FUNCTION 1 @extschema@.factvector_hash(@extschema@.factvector);

-- ---- GIN: the default operator class of factvector (src/pg/tf_gin.c) ----
-- Keys are bytea compared byte by byte (never by a collation); their
-- encoding makes a comparison or range one partial-match scan.  As for
-- tsvector_ops, extractQuery and consistent take the indexed type in their
-- signature and read the query by strategy: 1 is @@ (a factquery), 2 is @>
-- (a factvector).

CREATE FUNCTION @extschema@.gin_factkey_cmp(bytea, bytea)
RETURNS int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gin_extract_factvector(@extschema@.factvector, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gin_extract_factquery(@extschema@.factvector, internal, int2, internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gin_factquery_consistent(internal, int2, @extschema@.factvector, int4, internal, internal, internal, internal)
RETURNS bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gin_factkey_cmp_partial(bytea, bytea, int2, internal)
RETURNS int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.gin_factquery_triconsistent(internal, int2, @extschema@.factvector, int4, internal, internal, internal)
RETURNS "char"
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS @extschema@.factvector_ops
DEFAULT FOR TYPE @extschema@.factvector USING gin AS
    OPERATOR 1 @extschema@.@@ (@extschema@.factvector, @extschema@.factquery),
    OPERATOR 2 @extschema@.@> (@extschema@.factvector, @extschema@.factvector),
    FUNCTION 1 @extschema@.gin_factkey_cmp(bytea, bytea),
    FUNCTION 2 @extschema@.gin_extract_factvector(@extschema@.factvector, internal, internal),
    FUNCTION 3 @extschema@.gin_extract_factquery(@extschema@.factvector, internal, int2, internal, internal, internal, internal),
    FUNCTION 4 @extschema@.gin_factquery_consistent(internal, int2, @extschema@.factvector, int4, internal, internal, internal, internal),
    FUNCTION 5 @extschema@.gin_factkey_cmp_partial(bytea, bytea, int2, internal),
    FUNCTION 6 @extschema@.gin_factquery_triconsistent(internal, int2, @extschema@.factvector, int4, internal, internal, internal),
    STORAGE bytea;

-- ---- headlines ----
-- The sentences of body that hold the facts query matched, the facts marked
-- (options as ts_headline takes them: StartSel, StopSel, MaxFragments,
-- FragmentDelimiter).  Not STRICT: a NULL ref_date only means "no reference
-- date"; a NULL body or query gives NULL.
CREATE FUNCTION @extschema@.headline(body text, query @extschema@.factquery,
                                     ref_date date DEFAULT NULL, options text DEFAULT '')
RETURNS text
AS 'MODULE_PATHNAME', 'textfacts_headline'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 20000;

-- ---- the schema again ----
-- Until this transaction commits, the schema's former owner still holds its
-- rights: refuse anything it added while the script ran.
DO LANGUAGE plpgsql $check$
DECLARE
    ext pg_catalog.oid;
    nsp pg_catalog.oid;
    strangers pg_catalog.text[];
BEGIN
    SELECT e.oid, e.extnamespace INTO STRICT ext, nsp
    FROM pg_catalog.pg_extension e
    WHERE e.extname OPERATOR(pg_catalog.=) 'textfacts';

    WITH RECURSIVE ours (classid, objid) AS (
        SELECT d.classid, d.objid
        FROM pg_catalog.pg_depend d
        WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
          AND d.refobjid OPERATOR(pg_catalog.=) ext
          AND d.deptype OPERATOR(pg_catalog.=) 'e'
      UNION
        -- what comes with a member: row and array types, indexes, constraints
        SELECT d.classid, d.objid
        FROM pg_catalog.pg_depend d, ours o
        WHERE d.refclassid OPERATOR(pg_catalog.=) o.classid
          AND d.refobjid OPERATOR(pg_catalog.=) o.objid
          AND d.deptype OPERATOR(pg_catalog.=) ANY ('{i,a}'::pg_catalog."char"[])
    ), here (classid, objid) AS (
        SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, oid FROM pg_catalog.pg_class
         WHERE relnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, oid FROM pg_catalog.pg_type
         WHERE typnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, oid FROM pg_catalog.pg_proc
         WHERE pronamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, oid FROM pg_catalog.pg_operator
         WHERE oprnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, oid FROM pg_catalog.pg_opclass
         WHERE opcnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, oid FROM pg_catalog.pg_opfamily
         WHERE opfnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, oid FROM pg_catalog.pg_collation
         WHERE collnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, oid FROM pg_catalog.pg_conversion
         WHERE connamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, oid FROM pg_catalog.pg_statistic_ext
         WHERE stxnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_config
         WHERE cfgnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_dict
         WHERE dictnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_parser
         WHERE prsnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, oid FROM pg_catalog.pg_ts_template
         WHERE tmplnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, oid FROM pg_catalog.pg_extension
         WHERE extnamespace OPERATOR(pg_catalog.=) nsp AND oid OPERATOR(pg_catalog.<>) ext
    )
    SELECT pg_catalog.array_agg(i.type OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) i.identity
                                ORDER BY i.type, i.identity)
    INTO strangers
    FROM here h, pg_catalog.pg_identify_object(h.classid, h.objid, 0) i
    WHERE NOT EXISTS (SELECT FROM ours o
                      WHERE o.classid OPERATOR(pg_catalog.=) h.classid
                        AND o.objid OPERATOR(pg_catalog.=) h.objid);

    IF strangers IS NOT NULL THEN
        RAISE EXCEPTION 'schema % holds objects that are not part of extension textfacts: %',
            nsp::pg_catalog.regnamespace,
            pg_catalog.array_to_string(strangers[1:20], ', ')
            OPERATOR(pg_catalog.||) CASE WHEN pg_catalog.cardinality(strangers) OPERATOR(pg_catalog.>) 20
                THEN pg_catalog.format(' and %s more', pg_catalog.cardinality(strangers) OPERATOR(pg_catalog.-) 20)
                ELSE '' END
        USING ERRCODE = 'object_not_in_prerequisite_state',
              DETAIL = 'The extension''s callers, superusers included, would find such objects by name.',
              HINT = 'Drop them or move them to another schema, then run the command again.';
    END IF;
END
$check$;
