-- textfacts 0.1.0 -> 0.2.0: update script (ALTER EXTENSION textfacts UPDATE)
\echo Use "ALTER EXTENSION textfacts UPDATE TO '0.2.0'" to load this file. \quit

-- The library of 0.2.0 also extracts more (people, and the orgs and places
-- no list has: engine version 200, 0.1.0's was 100): REINDEX fact indexes
-- and recompute stored factvectors after the update (README, Updating).

-- ---- the schema: only the extension's objects, owned by a superuser ----
-- Version 0.1.0 left schema textfacts to the role that created it (or to
-- the role that had created the schema before).  Its owner could put
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

-- ---- tracked tables: fact tables that stay current (issue 17) ----
-- textfacts.track() registers an article table and creates, in the table's
-- schema and owned by the table's owner, a fact table <table>_facts, a queue
-- <table>_queue, two triggers that queue inserted and changed rows, and
-- views with plain types for BI tools.  CALL textfacts.refresh() works the
-- queue off in committed batches; textfacts.status() reports.  Nothing here
-- is SECURITY DEFINER: the registry and the failure log are shared tables
-- whose rows row-level security gives to the owner of each tracked table,
-- and the queueing trigger is a C function that inserts as the owner of the
-- table it fires on, as PostgreSQL's RI triggers do (src/pg/tf_jobs.c).

-- The version of the engine in the loaded library; refresh stamps it on
-- every fact row.
CREATE FUNCTION @extschema@.engine_version()
RETURNS int
AS 'MODULE_PATHNAME', 'textfacts_engine_version_current'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- AFTER INSERT / AFTER UPDATE row trigger of a tracked table; its argument
-- names the queue.
CREATE FUNCTION @extschema@.queue_row()
RETURNS trigger
AS 'MODULE_PATHNAME', 'textfacts_queue_row'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

-- The registry: one row per tracked table.  regclass columns, so that a
-- dump names the tables and a restore finds them again.
CREATE TABLE @extschema@.tracked (
    source          regclass    PRIMARY KEY,
    body_column     name        NOT NULL,
    ref_date_column name,
    dollar          text        NOT NULL,
    facts           regclass    NOT NULL,
    queue           regclass    NOT NULL,
    views           regclass[]  NOT NULL,
    tracked_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    rows_done       bigint      NOT NULL DEFAULT 0,
    rows_failed     bigint      NOT NULL DEFAULT 0,
    last_start      timestamptz,
    last_end        timestamptz,
    last_rows       bigint,
    last_error      text
);

-- Rows whose extraction failed: the article's key, the error's SQLSTATE and
-- message.  A row that later succeeds loses its entry.
CREATE TABLE @extschema@.failures (
    source    regclass    NOT NULL,
    key       jsonb       NOT NULL,
    sqlstate  text        NOT NULL,
    message   text        NOT NULL,
    failed_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (source, key)
);

-- pg_dump keeps both (the queues and fact tables are ordinary tables of
-- their owners and are dumped as such)
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tracked', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.failures', '');

-- Everyone sees the rows of the tables they may SELECT; the owner of a
-- tracked table (and the members of its role) writes its rows.  The
-- functions below run as their callers and write these tables through
-- these policies.
ALTER TABLE @extschema@.tracked ENABLE ROW LEVEL SECURITY;
ALTER TABLE @extschema@.failures ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON @extschema@.tracked FOR SELECT
    USING (pg_catalog.has_table_privilege(source, 'SELECT'));
CREATE POLICY owners ON @extschema@.tracked FOR ALL
    USING (pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                   WHERE c.oid OPERATOR(pg_catalog.=) source), 'USAGE'));
CREATE POLICY readers ON @extschema@.failures FOR SELECT
    USING (pg_catalog.has_table_privilege(source, 'SELECT'));
CREATE POLICY owners ON @extschema@.failures FOR ALL
    USING (pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                   WHERE c.oid OPERATOR(pg_catalog.=) source), 'USAGE'));
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.tracked TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.failures TO PUBLIC;

-- The registry row of source, checked: every object it names exists, lies in
-- the source's schema and belongs to the source's owner, and the queueing
-- triggers are in place.  Raises an error otherwise, or if the caller does
-- not act as the table's owner.  A registry row is written by whoever owned
-- the table then; a row that names other objects must never make a caller
-- (a superuser running a job) write to them.
CREATE FUNCTION @extschema@.tracked_entry(source regclass)
RETURNS @extschema@.tracked
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $tracked_entry$
DECLARE
    t @extschema@.tracked;
    owner_oid oid;
    nsp oid;
BEGIN
    IF source IS NULL THEN
        RAISE EXCEPTION 'source must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT c.relowner, c.relnamespace INTO owner_oid, nsp
    FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'relation with OID % does not exist', source::oid
            USING ERRCODE = 'undefined_table';
    END IF;
    IF NOT pg_catalog.pg_has_role(owner_oid, 'USAGE') THEN
        RAISE EXCEPTION 'must be owner of table %', source
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Tracked tables are refreshed, re-queued and untracked by their owner (or a member of the owning role).';
    END IF;
    SELECT * INTO t FROM @extschema@.tracked r WHERE r.source OPERATOR(pg_catalog.=) tracked_entry.source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', source
            USING ERRCODE = 'undefined_object',
                  HINT = pg_catalog.format('Track it first: SELECT textfacts.track(%L, ''body'');', source::text);
    END IF;
    IF (SELECT pg_catalog.count(*) FROM pg_catalog.pg_class c
        WHERE c.oid OPERATOR(pg_catalog.=) ANY (ARRAY[t.facts::oid, t.queue::oid] OPERATOR(pg_catalog.||) t.views::oid[])
          AND c.relowner OPERATOR(pg_catalog.=) owner_oid
          AND c.relnamespace OPERATOR(pg_catalog.=) nsp)
       OPERATOR(pg_catalog.<>) (2 OPERATOR(pg_catalog.+) pg_catalog.cardinality(t.views))
       OR (SELECT pg_catalog.count(*) FROM pg_catalog.pg_trigger g
           WHERE g.tgrelid OPERATOR(pg_catalog.=) source
             AND g.tgfoid OPERATOR(pg_catalog.=) '@extschema@.queue_row()'::pg_catalog.regprocedure)
          OPERATOR(pg_catalog.<>) 2 THEN
        RAISE EXCEPTION 'the objects textfacts.track() made for table % are missing or changed', source
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'The fact table, the queue and the views must be in the table''s schema and belong to its owner, and both queueing triggers must be on the table.',
                  HINT = 'Run textfacts.untrack() and textfacts.track() again.';
    END IF;
    RETURN t;
END
$tracked_entry$;

CREATE FUNCTION @extschema@.track(source regclass, body_column name,
                                  ref_date_column name DEFAULT NULL,
                                  dollar text DEFAULT 'USD')
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $track$
DECLARE
    rel record;
    src text;           -- the source, qualified and quoted
    base text;          -- its name, the stem of derived names
    nspname text;
    keys text[];        -- key columns, quoted
    keydefs text[];     -- "col" type NOT NULL
    keyeqs text[];      -- each key column's equality operator, qualified
    keylist text;
    body_type oid;
    date_type oid;
    refexpr text;       -- the reference date of source row s
    joinon text;        -- f.key = s.key
    fromsrc text;       -- the fact table, joined with the source for the date
    fcols text;         -- the fact table's key columns as f."k"
    karticle text;      -- an article's identity in an aggregate
    suffix text;
    names text[] := ARRAY[]::text[];
    derived text[] := ARRAY['_facts', '_queue', '_money', '_entities', '_dates', '_figures', '_daily'];
    reserved text[] := ARRAY['textfacts_body', 'textfacts_ref', 'kind', 'surface', 'norm', 'value', 'unit', 'pos', 'len',
                             'sentence', 'detail', 'engine', 'queued_at', 'seq', 'ref_date',
                             'amount', 'currency', 'approx', 'high', 'object', 'name',
                             'country', 'title', 'date_from', 'date_to', 'day', 'facts',
                             'articles'];
    stale @extschema@.tracked;
    facts_t text;
    queue_t text;
    views regclass[];
    queued bigint;
BEGIN
    IF source IS NULL OR body_column IS NULL THEN
        RAISE EXCEPTION 'source and body_column must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT c.relname, c.relkind, c.relowner, n.nspname, c.relnamespace INTO rel
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
    WHERE c.oid OPERATOR(pg_catalog.=) source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'relation with OID % does not exist', source::oid USING ERRCODE = 'undefined_table';
    END IF;
    IF rel.relkind OPERATOR(pg_catalog.<>) ALL (ARRAY['r', 'p']::"char"[]) THEN
        RAISE EXCEPTION '% is not a table', source
            USING ERRCODE = 'wrong_object_type',
                  HINT = 'textfacts.track() takes an ordinary or partitioned table with a primary key; track the table a view reads.';
    END IF;
    IF NOT pg_catalog.pg_has_role(rel.relowner, 'USAGE') THEN
        RAISE EXCEPTION 'must be owner of table %', source
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Only the table''s owner (or a member of the owning role) may track it.';
    END IF;
    nspname := rel.nspname;
    base := rel.relname;
    src := pg_catalog.format('%I.%I', nspname, base);

    -- the primary key: its columns, types and equality operators, in order
    SELECT pg_catalog.array_agg(pg_catalog.quote_ident(a.attname) ORDER BY k.i),
           pg_catalog.array_agg(pg_catalog.format('%I %s NOT NULL', a.attname,
                                pg_catalog.format_type(a.atttypid, a.atttypmod)) ORDER BY k.i),
           pg_catalog.array_agg(pg_catalog.format('OPERATOR(%I.%s)', opn.nspname, op.oprname) ORDER BY k.i)
    INTO keys, keydefs, keyeqs
    FROM pg_catalog.pg_index x,
         LATERAL ROWS FROM (pg_catalog.unnest(x.indkey::int2[]), pg_catalog.unnest(x.indclass::oid[])) WITH ORDINALITY AS k(attnum, opclass, i),
         pg_catalog.pg_attribute a, pg_catalog.pg_opclass oc, pg_catalog.pg_amop ao,
         pg_catalog.pg_operator op, pg_catalog.pg_namespace opn
    WHERE x.indrelid OPERATOR(pg_catalog.=) source AND x.indisprimary
      AND k.i OPERATOR(pg_catalog.<=) x.indnkeyatts
      AND a.attrelid OPERATOR(pg_catalog.=) source AND a.attnum OPERATOR(pg_catalog.=) k.attnum
      AND oc.oid OPERATOR(pg_catalog.=) k.opclass
      AND ao.amopfamily OPERATOR(pg_catalog.=) oc.opcfamily
      AND ao.amoplefttype OPERATOR(pg_catalog.=) oc.opcintype
      AND ao.amoprighttype OPERATOR(pg_catalog.=) oc.opcintype
      AND ao.amopstrategy OPERATOR(pg_catalog.=) 3
      AND op.oid OPERATOR(pg_catalog.=) ao.amopopr
      AND opn.oid OPERATOR(pg_catalog.=) op.oprnamespace;
    IF keys IS NULL THEN
        RAISE EXCEPTION 'table % has no primary key', source
            USING ERRCODE = 'invalid_table_definition',
                  HINT = 'Tracked rows are found by their key: add a primary key (single-column or composite), then track the table.';
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.pg_attribute a, pg_catalog.pg_index x
               WHERE x.indrelid OPERATOR(pg_catalog.=) source AND x.indisprimary
                 AND a.attrelid OPERATOR(pg_catalog.=) source
                 AND a.attnum OPERATOR(pg_catalog.=) ANY (x.indkey::int2[])
                 AND a.attname::text OPERATOR(pg_catalog.=) ANY (reserved)) THEN
        RAISE EXCEPTION 'a primary key column of table % has a name the fact table and views use', source
            USING ERRCODE = 'duplicate_column',
                  DETAIL = pg_catalog.format('These names are taken: %s.', pg_catalog.array_to_string(reserved, ', ')),
                  HINT = 'Rename the key column, then track the table.';
    END IF;
    keylist := pg_catalog.array_to_string(keys, ', ');

    -- the body: text or varchar
    SELECT a.atttypid INTO body_type FROM pg_catalog.pg_attribute a
    WHERE a.attrelid OPERATOR(pg_catalog.=) source AND a.attname OPERATOR(pg_catalog.=) body_column
      AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of table % does not exist', body_column, source
            USING ERRCODE = 'undefined_column', HINT = 'body_column names the text column that holds the articles.';
    END IF;
    IF body_type OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype]::oid[]) THEN
        RAISE EXCEPTION 'column "%" of table % is of type %, not text', body_column, source, body_type::regtype
            USING ERRCODE = 'datatype_mismatch', HINT = 'The body column must be of type text or varchar.';
    END IF;

    -- the reference date: date, timestamptz (its UTC day) or timestamp
    IF ref_date_column IS NULL THEN
        refexpr := 'NULL::pg_catalog.date';
    ELSE
        SELECT a.atttypid INTO date_type FROM pg_catalog.pg_attribute a
        WHERE a.attrelid OPERATOR(pg_catalog.=) source AND a.attname OPERATOR(pg_catalog.=) ref_date_column
          AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'column "%" of table % does not exist', ref_date_column, source
                USING ERRCODE = 'undefined_column', HINT = 'ref_date_column names the column with each article''s date, or is NULL.';
        END IF;
        IF date_type OPERATOR(pg_catalog.=) 'pg_catalog.date'::regtype THEN
            refexpr := pg_catalog.format('s.%I', ref_date_column);
        ELSIF date_type OPERATOR(pg_catalog.=) 'pg_catalog.timestamptz'::regtype THEN
            refexpr := pg_catalog.format('(s.%I AT TIME ZONE ''UTC'')::pg_catalog.date', ref_date_column);
        ELSIF date_type OPERATOR(pg_catalog.=) 'pg_catalog.timestamp'::regtype THEN
            refexpr := pg_catalog.format('s.%I::pg_catalog.date', ref_date_column);
        ELSE
            RAISE EXCEPTION 'column "%" of table % is of type %, not a date', ref_date_column, source, date_type::regtype
                USING ERRCODE = 'datatype_mismatch', HINT = 'The date column must be of type date, timestamptz (read as its UTC day) or timestamp.';
        END IF;
    END IF;

    -- the dollar: an ISO 4217 code (extract() raises 22023 otherwise)
    dollar := pg_catalog.upper(COALESCE(dollar, 'USD'));
    PERFORM @extschema@.extract('', NULL, dollar);

    -- tracked already?  A row whose objects are gone (the table was dropped
    -- and its OID reused) is removed.
    SELECT * INTO stale FROM @extschema@.tracked t WHERE t.source OPERATOR(pg_catalog.=) track.source;
    IF FOUND THEN
        IF EXISTS (SELECT FROM pg_catalog.pg_trigger g
                   WHERE g.tgrelid OPERATOR(pg_catalog.=) source
                     AND g.tgfoid OPERATOR(pg_catalog.=) '@extschema@.queue_row()'::pg_catalog.regprocedure) THEN
            RAISE EXCEPTION 'table % is already tracked', source
                USING ERRCODE = 'duplicate_object',
                      HINT = 'To track it with other columns, run textfacts.untrack() first; to re-extract every row, textfacts.requeue().';
        END IF;
        DELETE FROM @extschema@.tracked t WHERE t.source OPERATOR(pg_catalog.=) track.source;
        DELETE FROM @extschema@.failures t WHERE t.source OPERATOR(pg_catalog.=) track.source;
    END IF;

    -- derived names: at most 63 bytes, none taken
    FOREACH suffix IN ARRAY derived LOOP
        IF pg_catalog.octet_length(base OPERATOR(pg_catalog.||) suffix) OPERATOR(pg_catalog.>) 63 THEN
            RAISE EXCEPTION 'the name "%" derived from table % is longer than 63 bytes',
                base OPERATOR(pg_catalog.||) suffix, source
                USING ERRCODE = 'name_too_long',
                      HINT = 'Rename the table to a shorter name (at most 54 bytes), then track it.';
        END IF;
        IF EXISTS (SELECT FROM pg_catalog.pg_class c
                   WHERE c.relnamespace OPERATOR(pg_catalog.=) rel.relnamespace
                     AND c.relname OPERATOR(pg_catalog.=) (base OPERATOR(pg_catalog.||) suffix)) THEN
            RAISE EXCEPTION 'relation "%" already exists in schema "%"', base OPERATOR(pg_catalog.||) suffix, nspname
                USING ERRCODE = 'duplicate_table',
                      HINT = 'textfacts.track() creates <table>_facts, _queue, _money, _entities, _dates, _figures and _daily; drop or rename what is in the way.';
        END IF;
        names := names OPERATOR(pg_catalog.||) pg_catalog.format('%I.%I', nspname, base OPERATOR(pg_catalog.||) suffix);
    END LOOP;
    facts_t := names[1];
    queue_t := names[2];

    -- the fact table: the key, then the columns of extract(), then the
    -- engine version.  Deleting an article deletes its facts; changing its
    -- key carries them along (and the trigger queues the new key).
    EXECUTE pg_catalog.format(
        'CREATE TABLE %s (%s, kind pg_catalog.text NOT NULL, surface pg_catalog.text NOT NULL, '
        'norm pg_catalog.text, value pg_catalog.numeric, unit pg_catalog.text, pos pg_catalog.int4 NOT NULL, '
        'len pg_catalog.int4 NOT NULL, sentence pg_catalog.int4 NOT NULL, detail pg_catalog.jsonb NOT NULL, '
        'engine pg_catalog.int4 NOT NULL, '
        'FOREIGN KEY (%s) REFERENCES %s (%s) ON DELETE CASCADE ON UPDATE CASCADE)',
        facts_t, pg_catalog.array_to_string(keydefs, ', '), keylist, src, keylist);
    EXECUTE pg_catalog.format('CREATE INDEX ON %s (%s)', facts_t, keylist);
    EXECUTE pg_catalog.format('CREATE INDEX ON %s (kind, norm)', facts_t);
    EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', facts_t,
        pg_catalog.format('Facts of %s, kept by textfacts.refresh(); made by textfacts.track()', src));

    -- the queue: keys to (re-)extract, in order of arrival; a key may stand
    -- more than once.  No foreign key: a queued key whose row is gone is
    -- dropped by refresh.
    EXECUTE pg_catalog.format(
        'CREATE TABLE %s (%s, queued_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(), '
        'seq pg_catalog.int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY)',
        queue_t, pg_catalog.array_to_string(keydefs, ', '));
    EXECUTE pg_catalog.format('CREATE INDEX ON %s (%s)', queue_t, keylist);
    EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', queue_t,
        pg_catalog.format('Keys of %s waiting for textfacts.refresh(); made by textfacts.track()', src));

    -- the triggers: every insert; an update that changes the body, the date
    -- or the key (compared by their binary images: no operator to look up)
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER textfacts_queue_insert AFTER INSERT ON %s FOR EACH ROW '
        'EXECUTE FUNCTION @extschema@.queue_row(%L)', src, queue_t);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER textfacts_queue_update AFTER UPDATE ON %s FOR EACH ROW '
        'WHEN (pg_catalog.record_image_ne(ROW(%s), ROW(%s))) '
        'EXECUTE FUNCTION @extschema@.queue_row(%L)', src,
        (SELECT pg_catalog.string_agg('OLD.' OPERATOR(pg_catalog.||) c, ', ')
         FROM pg_catalog.unnest(keys OPERATOR(pg_catalog.||) pg_catalog.quote_ident(body_column)
                                OPERATOR(pg_catalog.||) pg_catalog.quote_ident(ref_date_column)) c),
        (SELECT pg_catalog.string_agg('NEW.' OPERATOR(pg_catalog.||) c, ', ')
         FROM pg_catalog.unnest(keys OPERATOR(pg_catalog.||) pg_catalog.quote_ident(body_column)
                                OPERATOR(pg_catalog.||) pg_catalog.quote_ident(ref_date_column)) c),
        queue_t);

    -- the views: plain types only, for BI tools
    fcols := (SELECT pg_catalog.string_agg('f.' OPERATOR(pg_catalog.||) k, ', ') FROM pg_catalog.unnest(keys) k);
    karticle := CASE WHEN pg_catalog.cardinality(keys) OPERATOR(pg_catalog.=) 1 THEN fcols
                     ELSE 'ROW(' OPERATOR(pg_catalog.||) fcols OPERATOR(pg_catalog.||) ')' END;
    IF ref_date_column IS NULL THEN
        fromsrc := facts_t OPERATOR(pg_catalog.||) ' f';
    ELSE
        joinon := (SELECT pg_catalog.string_agg(pg_catalog.format('f.%s %s s.%s', k, e, k), ' AND ')
                   FROM ROWS FROM (pg_catalog.unnest(keys), pg_catalog.unnest(keyeqs)) AS u(k, e));
        fromsrc := pg_catalog.format('%s f JOIN %s s ON %s', facts_t, src, joinon);
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE VIEW %s AS SELECT %s, %s AS ref_date, f.value AS amount, f.unit::CHAR(3) AS currency, '
        '(f.detail OPERATOR(pg_catalog.->>) ''approx'') AS approx, '
        '(f.detail OPERATOR(pg_catalog.->>) ''high'')::NUMERIC AS high, '
        '(f.detail OPERATOR(pg_catalog.->>) ''object'') AS object, f.surface, f.sentence '
        'FROM %s WHERE f.kind OPERATOR(pg_catalog.=) ''money''::pg_catalog.text',
        names[3], fcols, refexpr, fromsrc);
    EXECUTE pg_catalog.format(
        'CREATE VIEW %s AS SELECT %s, %s AS ref_date, f.kind, f.norm AS name, '
        '(CASE WHEN f.kind OPERATOR(pg_catalog.=) ANY (''{country,nationality}''::pg_catalog.text[]) THEN f.norm '
        'ELSE f.detail OPERATOR(pg_catalog.->>) ''country'' END)::CHAR(2) AS country, '
        '(f.detail OPERATOR(pg_catalog.->>) ''title'') AS title, f.surface, f.sentence '
        'FROM %s WHERE f.kind OPERATOR(pg_catalog.=) ANY (''{person,org,country,place,nationality}''::pg_catalog.text[])',
        names[4], fcols, refexpr, fromsrc);
    EXECUTE pg_catalog.format(
        'CREATE VIEW %s AS SELECT %s, %s AS ref_date, '
        '(f.detail OPERATOR(pg_catalog.->>) ''from'')::pg_catalog.date AS date_from, '
        '(f.detail OPERATOR(pg_catalog.->>) ''to'')::pg_catalog.date AS date_to, '
        'f.norm, f.surface, f.sentence '
        'FROM %s WHERE f.kind OPERATOR(pg_catalog.=) ''date''::pg_catalog.text',
        names[5], fcols, refexpr, fromsrc);
    EXECUTE pg_catalog.format(
        'CREATE VIEW %s AS SELECT %s, %s AS ref_date, f.kind, f.value, f.unit, '
        '(f.detail OPERATOR(pg_catalog.->>) ''approx'') AS approx, '
        '(f.detail OPERATOR(pg_catalog.->>) ''high'')::NUMERIC AS high, f.surface, f.sentence '
        'FROM %s WHERE f.kind OPERATOR(pg_catalog.=) ANY (''{percent,number,quantity}''::pg_catalog.text[])',
        names[6], fcols, refexpr, fromsrc);
    EXECUTE pg_catalog.format(
        'CREATE VIEW %s AS SELECT %s AS day, f.kind, pg_catalog.count(*)::BIGINT AS facts, '
        'pg_catalog.count(DISTINCT %s)::BIGINT AS articles FROM %s GROUP BY 1, 2',
        names[7], refexpr, karticle, fromsrc);
    views := ARRAY[names[3]::regclass, names[4]::regclass, names[5]::regclass,
                   names[6]::regclass, names[7]::regclass];

    -- what track() made belongs to the table's owner, whoever called it
    IF rel.relowner OPERATOR(pg_catalog.<>) (SELECT r.oid FROM pg_catalog.pg_roles r
                                             WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER) THEN
        FOR i IN 1 .. pg_catalog.array_length(names, 1) LOOP
            EXECUTE pg_catalog.format('ALTER %s %s OWNER TO %I',
                                      CASE WHEN i OPERATOR(pg_catalog.<=) 2 THEN 'TABLE' ELSE 'VIEW' END,
                                      names[i], pg_catalog.pg_get_userbyid(rel.relowner));
        END LOOP;
    END IF;

    -- every existing row is queued
    EXECUTE pg_catalog.format('INSERT INTO %s (%s) SELECT %s FROM %s ORDER BY %s',
                              queue_t, keylist, keylist, src, keylist);
    GET DIAGNOSTICS queued = ROW_COUNT;

    INSERT INTO @extschema@.tracked (source, body_column, ref_date_column, dollar, facts, queue, views)
    VALUES (source, body_column, ref_date_column, dollar, facts_t::regclass, queue_t::regclass, views);
    RETURN queued;
END
$track$;

CREATE FUNCTION @extschema@.untrack(source regclass)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $untrack$
DECLARE
    t @extschema@.tracked;
    owner_oid oid;
    obj regclass;
BEGIN
    IF source IS NULL THEN
        RAISE EXCEPTION 'source must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT c.relowner INTO owner_oid FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'relation with OID % does not exist', source::oid USING ERRCODE = 'undefined_table';
    END IF;
    IF NOT pg_catalog.pg_has_role(owner_oid, 'USAGE') THEN
        RAISE EXCEPTION 'must be owner of table %', source
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Only the table''s owner (or a member of the owning role) may untrack it.';
    END IF;
    SELECT * INTO t FROM @extschema@.tracked r WHERE r.source OPERATOR(pg_catalog.=) untrack.source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', source USING ERRCODE = 'undefined_object';
    END IF;
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS textfacts_queue_insert ON %s', source);
    EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS textfacts_queue_update ON %s', source);
    -- only what is still the table owner's: a name the registry holds must
    -- never make this function drop another role's object
    FOREACH obj IN ARRAY t.views OPERATOR(pg_catalog.||) ARRAY[t.facts, t.queue] LOOP
        IF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) obj
                   AND c.relowner OPERATOR(pg_catalog.=) owner_oid) THEN
            EXECUTE pg_catalog.format('DROP %s %s',
                CASE WHEN (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) obj)
                          OPERATOR(pg_catalog.=) 'v' THEN 'VIEW' ELSE 'TABLE' END, obj);
        END IF;
    END LOOP;
    DELETE FROM @extschema@.failures r WHERE r.source OPERATOR(pg_catalog.=) untrack.source;
    DELETE FROM @extschema@.tracked r WHERE r.source OPERATOR(pg_catalog.=) untrack.source;
END
$untrack$;

-- Queues every row again: after a change of the user dictionary or an engine
-- upgrade (facts carry the engine version that made them).
CREATE FUNCTION @extschema@.requeue(source regclass)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $requeue$
DECLARE
    t @extschema@.tracked := @extschema@.tracked_entry(source);
    keylist text;
    n bigint;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY k.i) INTO keylist
    FROM pg_catalog.pg_index x,
         LATERAL pg_catalog.unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, i),
         pg_catalog.pg_attribute a
    WHERE x.indrelid OPERATOR(pg_catalog.=) source AND x.indisprimary
      AND k.i OPERATOR(pg_catalog.<=) x.indnkeyatts
      AND a.attrelid OPERATOR(pg_catalog.=) source AND a.attnum OPERATOR(pg_catalog.=) k.attnum;
    EXECUTE pg_catalog.format('INSERT INTO %s (%s) SELECT %s FROM %s ORDER BY %s',
                              t.queue, keylist, keylist, source, keylist);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$requeue$;

-- One row per tracked table the caller may SELECT.  Counts of the queue and
-- the fact table are NULL where the caller may not read them.
CREATE FUNCTION @extschema@.status()
RETURNS TABLE (source regclass, rows_queued bigint, rows_done bigint, rows_failed bigint,
               facts bigint, last_start timestamptz, last_end timestamptz,
               last_rows bigint, rows_per_second numeric, last_error text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $status$
DECLARE
    t @extschema@.tracked;
BEGIN
    FOR t IN SELECT * FROM @extschema@.tracked r
             WHERE pg_catalog.has_table_privilege(r.source, 'SELECT')
             ORDER BY r.source::text LOOP
        source := t.source;
        rows_queued := NULL;
        facts := NULL;
        IF pg_catalog.has_table_privilege(t.queue, 'SELECT') THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s', t.queue) INTO rows_queued;
        END IF;
        IF pg_catalog.has_table_privilege(t.facts, 'SELECT') THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s', t.facts) INTO facts;
        END IF;
        rows_done := t.rows_done;
        rows_failed := (SELECT pg_catalog.count(*) FROM @extschema@.failures x
                        WHERE x.source OPERATOR(pg_catalog.=) t.source);
        last_start := t.last_start;
        last_end := t.last_end;
        last_rows := t.last_rows;
        rows_per_second := CASE WHEN t.last_end OPERATOR(pg_catalog.>) t.last_start
            THEN pg_catalog.round(t.last_rows::numeric OPERATOR(pg_catalog./)
                 EXTRACT(epoch FROM t.last_end OPERATOR(pg_catalog.-) t.last_start), 1) END;
        last_error := t.last_error;
        RETURN NEXT;
    END LOOP;
END
$status$;

-- Works the queue off: takes up to batch_size queued rows (FOR UPDATE SKIP
-- LOCKED, so that refreshes running at once share the queue), reads their
-- articles FOR KEY SHARE SKIP LOCKED (a concurrent DELETE waits for the
-- batch instead of aborting it with a foreign-key error; a row being
-- deleted stays queued), replaces their facts, and commits.  A key is
-- refreshed by one session at a time (an advisory lock on the table and
-- the key's hash, tried, never waited for).  A row whose extraction fails
-- is logged in textfacts.failures and leaves the queue.  Stops when the
-- queue is empty, after max_rows rows, or when a batch could take nothing
-- (every row held by another refresh).
--
-- A committing procedure cannot have a SET clause, so every name and
-- operator here is qualified; it must be CALLed outside a transaction block.
CREATE PROCEDURE @extschema@.refresh(source regclass, batch_size int DEFAULT 1000,
                                     max_rows bigint DEFAULT NULL)
LANGUAGE plpgsql
AS $refresh$
DECLARE
    t @extschema@.tracked;
    keys pg_catalog.text[];
    keyeqs pg_catalog.text[];
    refexpr pg_catalog.text;
    date_type pg_catalog.oid;
    lockspace pg_catalog.int4;
    keynames pg_catalog.text[];
    src_q pg_catalog.text;
    facts_q pg_catalog.text;
    queue_q pg_catalog.text;
    claim_sql pg_catalog.text;
    batch_sql pg_catalog.text;
    group_sql pg_catalog.text;
    fail_sql pg_catalog.text;
    seqs pg_catalog.int8[];
    mine_seqs pg_catalog.int8[];
    key_seqs pg_catalog.int8[];
    key_json pg_catalog.jsonb;
    n_done pg_catalog.int8;
    n_failed pg_catalog.int8;
    d pg_catalog.int8;
    d2 pg_catalog.int8;
    total pg_catalog.int8 := 0;
    total_failed pg_catalog.int8 := 0;
    batches pg_catalog.int8 := 0;
    lim pg_catalog.int8;
    left_rows pg_catalog.int8;
    run_start pg_catalog.timestamptz := pg_catalog.clock_timestamp();
    last_err pg_catalog.text;
    st pg_catalog.text;
    msg pg_catalog.text;
    secs pg_catalog.float8;
    batch_rows pg_catalog.int8;
BEGIN
    IF batch_size IS NULL OR batch_size OPERATOR(pg_catalog.<) 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- each key of a batch holds an advisory lock until the batch commits, and
    -- the shared lock table has max_locks_per_transaction x max_connections
    -- slots for every session: a batch takes at most a quarter of them, so
    -- that a large batch_size does not fail half-way with "out of shared
    -- memory" (53200)
    batch_rows := GREATEST(1, pg_catalog.current_setting('max_locks_per_transaction')::pg_catalog.int8
                              OPERATOR(pg_catalog.*) pg_catalog.current_setting('max_connections')::pg_catalog.int8
                              OPERATOR(pg_catalog./) 4);
    IF batch_size OPERATOR(pg_catalog.>) batch_rows THEN
        RAISE NOTICE 'batches of % rows, not %: a batch holds one lock a row, and this is a quarter of the lock table', batch_rows, batch_size
            USING HINT = 'The lock table has max_locks_per_transaction x max_connections slots.';
    ELSE
        batch_rows := batch_size;
    END IF;
    IF max_rows OPERATOR(pg_catalog.<) 0 THEN
        RAISE EXCEPTION 'max_rows must not be negative' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    t := @extschema@.tracked_entry(source);

    -- the key's columns and equality operators (those of its primary key's
    -- operator classes, qualified), and the reference date's expression
    SELECT pg_catalog.array_agg(pg_catalog.quote_ident(a.attname) ORDER BY k.i),
           pg_catalog.array_agg(a.attname::pg_catalog.text ORDER BY k.i),
           pg_catalog.array_agg(pg_catalog.format('OPERATOR(%I.%s)', opn.nspname, op.oprname) ORDER BY k.i)
    INTO keys, keynames, keyeqs
    FROM pg_catalog.pg_index x,
         LATERAL ROWS FROM (pg_catalog.unnest(x.indkey::pg_catalog.int2[]), pg_catalog.unnest(x.indclass::pg_catalog.oid[]))
             WITH ORDINALITY AS k(attnum, opclass, i),
         pg_catalog.pg_attribute a, pg_catalog.pg_opclass oc, pg_catalog.pg_amop ao,
         pg_catalog.pg_operator op, pg_catalog.pg_namespace opn
    WHERE x.indrelid OPERATOR(pg_catalog.=) source AND x.indisprimary
      AND k.i OPERATOR(pg_catalog.<=) x.indnkeyatts
      AND a.attrelid OPERATOR(pg_catalog.=) source AND a.attnum OPERATOR(pg_catalog.=) k.attnum
      AND oc.oid OPERATOR(pg_catalog.=) k.opclass
      AND ao.amopfamily OPERATOR(pg_catalog.=) oc.opcfamily
      AND ao.amoplefttype OPERATOR(pg_catalog.=) oc.opcintype
      AND ao.amoprighttype OPERATOR(pg_catalog.=) oc.opcintype
      AND ao.amopstrategy OPERATOR(pg_catalog.=) 3
      AND op.oid OPERATOR(pg_catalog.=) ao.amopopr
      AND opn.oid OPERATOR(pg_catalog.=) op.oprnamespace;
    IF keys IS NULL THEN
        RAISE EXCEPTION 'tracked table % has no primary key', source
            USING ERRCODE = 'invalid_table_definition',
                  HINT = 'Restore the primary key, or run textfacts.untrack() on the table.';
    END IF;
    IF t.ref_date_column IS NULL THEN
        refexpr := 'NULL::pg_catalog.date';
    ELSE
        SELECT a.atttypid INTO date_type FROM pg_catalog.pg_attribute a
        WHERE a.attrelid OPERATOR(pg_catalog.=) source
          AND a.attname OPERATOR(pg_catalog.=) t.ref_date_column AND NOT a.attisdropped;
        IF date_type OPERATOR(pg_catalog.=) 'pg_catalog.timestamptz'::pg_catalog.regtype::pg_catalog.oid THEN
            refexpr := pg_catalog.format('(s.%I AT TIME ZONE ''UTC'')::pg_catalog.date', t.ref_date_column);
        ELSE
            refexpr := pg_catalog.format('s.%I::pg_catalog.date', t.ref_date_column);
        END IF;
    END IF;
    -- the objects by name, qualified: a regclass prints as the search path
    -- finds it, which may change under a running job
    SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO src_q
    FROM pg_catalog.pg_class c, pg_catalog.pg_namespace n
    WHERE c.oid OPERATOR(pg_catalog.=) source AND n.oid OPERATOR(pg_catalog.=) c.relnamespace;
    SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO facts_q
    FROM pg_catalog.pg_class c, pg_catalog.pg_namespace n
    WHERE c.oid OPERATOR(pg_catalog.=) t.facts AND n.oid OPERATOR(pg_catalog.=) c.relnamespace;
    SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) INTO queue_q
    FROM pg_catalog.pg_class c, pg_catalog.pg_namespace n
    WHERE c.oid OPERATOR(pg_catalog.=) t.queue AND n.oid OPERATOR(pg_catalog.=) c.relnamespace;
    lockspace := (source::pg_catalog.oid::pg_catalog.int8 OPERATOR(pg_catalog.-) 2147483648)::pg_catalog.int4;

    -- the claim: up to $1 queued rows that no other session holds, and among
    -- them those whose key this session could lock.  The lock is taken here,
    -- in a statement of its own, so that the batch's statement, whose
    -- snapshot is taken after it, sees the facts of whichever session held
    -- the key before (it has committed: its lock is gone).
    claim_sql := pg_catalog.format($q$
        WITH c AS MATERIALIZED (
            SELECT q.seq, %1$s FROM %2$s q ORDER BY q.seq LIMIT $1 FOR UPDATE SKIP LOCKED
        ), keys AS MATERIALIZED (
            SELECT DISTINCT %1$s FROM c
        ), mine AS MATERIALIZED (
            SELECT %1$s FROM keys k
            WHERE pg_catalog.pg_try_advisory_xact_lock(%3$s, pg_catalog.hashtext(ROW(%4$s)::pg_catalog.text))
        )
        SELECT pg_catalog.array_agg(c.seq),
               pg_catalog.array_agg(c.seq) FILTER (WHERE EXISTS (SELECT FROM mine m WHERE %5$s))
        FROM c
        $q$,
        pg_catalog.array_to_string(keys, ', '), queue_q, lockspace,
        (SELECT pg_catalog.string_agg('k.' OPERATOR(pg_catalog.||) k, ', ') FROM pg_catalog.unnest(keys) k),
        (SELECT pg_catalog.string_agg(pg_catalog.format('m.%1$s %2$s c.%1$s', k, e), ' AND ')
         FROM ROWS FROM (pg_catalog.unnest(keys), pg_catalog.unnest(keyeqs)) AS u(k, e)));

    -- one batch in one statement: $1 the claimed queue rows whose keys this
    -- session holds, $2 the source
    batch_sql := pg_catalog.format($q$
        WITH claimed AS MATERIALIZED (
            SELECT q.seq, %1$s FROM %2$s q WHERE q.seq OPERATOR(pg_catalog.=) ANY ($1)
        ), mine AS MATERIALIZED (
            SELECT DISTINCT %1$s FROM claimed
        ), src AS MATERIALIZED (
            SELECT %5$s, s.%6$I::pg_catalog.text AS textfacts_body, %7$s AS textfacts_ref FROM %8$s s
            WHERE EXISTS (SELECT FROM mine m WHERE %9$s)
            FOR KEY SHARE OF s SKIP LOCKED
        ), done AS MATERIALIZED (
            SELECT %1$s FROM mine m
            WHERE EXISTS (SELECT FROM src s WHERE %9$s)
               OR NOT EXISTS (SELECT FROM %8$s s WHERE %9$s)
        ), del AS (
            DELETE FROM %10$s f WHERE EXISTS (SELECT FROM done m WHERE %11$s)
        ), ins AS (
            INSERT INTO %10$s (%1$s, kind, surface, norm, value, unit, pos, len, sentence, detail, engine)
            SELECT %12$s, e.kind, e.surface, e.norm, e.value, e.unit, e.pos, e.len, e.sentence, e.detail, %13$s
            FROM src x, LATERAL @extschema@.extract(x.textfacts_body, x.textfacts_ref, %14$L) e
            RETURNING 1
        ), dq AS (
            DELETE FROM %2$s q WHERE q.seq OPERATOR(pg_catalog.=) ANY ($1)
              AND EXISTS (SELECT FROM done m WHERE %15$s)
        ), df AS (
            DELETE FROM @extschema@.failures x
            WHERE x.source OPERATOR(pg_catalog.=) $2
              AND x.key OPERATOR(pg_catalog.=) ANY (SELECT pg_catalog.to_jsonb(m) FROM done m)
        )
        SELECT (SELECT pg_catalog.count(*) FROM done), (SELECT pg_catalog.count(*) FROM ins)
        $q$,
        pg_catalog.array_to_string(keys, ', '),                                   -- 1
        queue_q,                                                                 -- 2
        lockspace,                                                               -- 3
        (SELECT pg_catalog.string_agg('k.' OPERATOR(pg_catalog.||) k, ', ') FROM pg_catalog.unnest(keys) k), -- 4
        (SELECT pg_catalog.string_agg('s.' OPERATOR(pg_catalog.||) k, ', ') FROM pg_catalog.unnest(keys) k), -- 5
        t.body_column,                                                           -- 6
        refexpr,                                                                 -- 7
        src_q,                                                                   -- 8
        (SELECT pg_catalog.string_agg(pg_catalog.format('m.%1$s %2$s s.%1$s', k, e), ' AND ')
         FROM ROWS FROM (pg_catalog.unnest(keys), pg_catalog.unnest(keyeqs)) AS u(k, e)),                       -- 9
        facts_q,                                                                 -- 10
        (SELECT pg_catalog.string_agg(pg_catalog.format('m.%1$s %2$s f.%1$s', k, e), ' AND ')
         FROM ROWS FROM (pg_catalog.unnest(keys), pg_catalog.unnest(keyeqs)) AS u(k, e)),                       -- 11
        (SELECT pg_catalog.string_agg('x.' OPERATOR(pg_catalog.||) k, ', ') FROM pg_catalog.unnest(keys) k), -- 12
        @extschema@.engine_version(),                                            -- 13
        t.dollar,                                                                -- 14
        (SELECT pg_catalog.string_agg(pg_catalog.format('m.%1$s %2$s q.%1$s', k, e), ' AND ')
         FROM ROWS FROM (pg_catalog.unnest(keys), pg_catalog.unnest(keyeqs)) AS u(k, e)));                      -- 15

    -- after a failed batch: the claimed rows of each key, with the key as
    -- the failure log keeps it (a jsonb object of the key's columns, as
    -- to_jsonb() of a row of them gives it)
    group_sql := pg_catalog.format(
        'SELECT pg_catalog.array_agg(c.seq), pg_catalog.jsonb_build_object(%s) FROM %s c '
        'WHERE c.seq OPERATOR(pg_catalog.=) ANY ($1) GROUP BY %s',
        (SELECT pg_catalog.string_agg(pg_catalog.format('%L, c.%I', k, k), ', ') FROM pg_catalog.unnest(keynames) k),
        queue_q, (SELECT pg_catalog.string_agg('c.' OPERATOR(pg_catalog.||) k, ', ') FROM pg_catalog.unnest(keys) k));
    -- a row that failed: its old facts go (they describe an older text), and
    -- its queued entries
    fail_sql := pg_catalog.format($q$
        WITH gone AS (
            DELETE FROM %1$s f USING %2$s q
            WHERE q.seq OPERATOR(pg_catalog.=) ANY ($1) AND %3$s
        )
        DELETE FROM %2$s q WHERE q.seq OPERATOR(pg_catalog.=) ANY ($1)
        $q$, facts_q, queue_q,
        (SELECT pg_catalog.string_agg(pg_catalog.format('q.%1$s %2$s f.%1$s', k, e), ' AND ')
         FROM ROWS FROM (pg_catalog.unnest(keys), pg_catalog.unnest(keyeqs)) AS u(k, e)));

    LOOP
        lim := batch_rows;
        IF max_rows IS NOT NULL THEN
            lim := LEAST(lim, max_rows OPERATOR(pg_catalog.-) total);
        END IF;
        EXIT WHEN lim OPERATOR(pg_catalog.<=) 0;
        EXECUTE claim_sql INTO seqs, mine_seqs USING lim;
        EXIT WHEN seqs IS NULL;
        n_failed := 0;
        n_done := 0;
        IF mine_seqs IS NOT NULL THEN
        BEGIN
            EXECUTE batch_sql INTO n_done, d USING mine_seqs, source;
        EXCEPTION WHEN OTHERS THEN
            -- one row failed the batch: redo it row by row, logging the rows
            -- that fail
            n_done := 0;
            FOR key_seqs, key_json IN EXECUTE group_sql USING mine_seqs LOOP
                BEGIN
                    EXECUTE batch_sql INTO d, d2 USING key_seqs, source;
                    n_done := n_done OPERATOR(pg_catalog.+) d;
                EXCEPTION WHEN OTHERS THEN
                    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
                    -- an error of the moment, not of the row (a deadlock, a
                    -- lock not available, no memory, shutdown, I/O): the
                    -- batch rolls back and its rows stay queued
                    IF pg_catalog.left(st, 2) OPERATOR(pg_catalog.=)
                       ANY ('{40,53,55,57,58,XX}'::pg_catalog.text[]) THEN
                        RAISE;
                    END IF;
                    EXECUTE fail_sql USING key_seqs;
                    INSERT INTO @extschema@.failures AS x (source, key, sqlstate, message)
                    VALUES (refresh.source, key_json, st, msg)
                    ON CONFLICT ON CONSTRAINT failures_pkey DO UPDATE
                    SET sqlstate = EXCLUDED.sqlstate, message = EXCLUDED.message,
                        failed_at = EXCLUDED.failed_at;
                    n_failed := n_failed OPERATOR(pg_catalog.+) 1;
                    last_err := pg_catalog.format('%s: %s %s', key_json, st, msg);
                END;
            END LOOP;
        END;
        END IF;
        total := total OPERATOR(pg_catalog.+) n_done OPERATOR(pg_catalog.+) n_failed;
        total_failed := total_failed OPERATOR(pg_catalog.+) n_failed;
        batches := batches OPERATOR(pg_catalog.+) 1;
        UPDATE @extschema@.tracked r
        SET rows_done = r.rows_done OPERATOR(pg_catalog.+) n_done,
            rows_failed = r.rows_failed OPERATOR(pg_catalog.+) n_failed,
            last_start = run_start, last_end = pg_catalog.clock_timestamp(),
            last_rows = total, last_error = last_err
        WHERE r.source OPERATOR(pg_catalog.=) refresh.source;
        COMMIT;
        IF batches OPERATOR(pg_catalog.%) 10 OPERATOR(pg_catalog.=) 0 THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s', queue_q) INTO left_rows;
            secs := EXTRACT(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) run_start);
            RAISE NOTICE 'textfacts.refresh(%): % rows done, % left, % rows/s',
                source, total, left_rows,
                pg_catalog.round((total::pg_catalog.float8 OPERATOR(pg_catalog./)
                                  GREATEST(secs, 0.001))::pg_catalog.numeric, 1);
        END IF;
        -- every row taken was held by another refresh (or being deleted):
        -- leave them to it
        EXIT WHEN n_done OPERATOR(pg_catalog.+) n_failed OPERATOR(pg_catalog.=) 0;
    END LOOP;

    IF batches OPERATOR(pg_catalog.=) 0 THEN
        UPDATE @extschema@.tracked r
        SET last_start = run_start, last_end = pg_catalog.clock_timestamp(),
            last_rows = 0, last_error = NULL
        WHERE r.source OPERATOR(pg_catalog.=) refresh.source;
        COMMIT;
    END IF;
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s', queue_q) INTO left_rows;
    secs := EXTRACT(epoch FROM pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) run_start);
    RAISE NOTICE 'textfacts.refresh(%): % rows done (% failed), % left, % rows/s',
        source, total, total_failed, left_rows,
        pg_catalog.round((total::pg_catalog.float8 OPERATOR(pg_catalog./)
                          GREATEST(secs, 0.001))::pg_catalog.numeric, 1);
END
$refresh$;

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

-- ---- stored facts of an older engine ----
-- Facts stored while 0.1.0 was installed were made by the engine of 0.1.0
-- (engine version 100): an expression index on to_factvector() holds its
-- keys, and a stored generated factvector column its values (each stamped
-- with the engine that made it).  When the library's engine is another,
-- a query through such an index can answer otherwise than the same query
-- without it, and a generated column otherwise than to_factvector() today.
-- Nothing is rebuilt here (it may take hours): each such object found
-- through pg_depend is named in a WARNING with the command that rebuilds
-- it.  A plain factvector column (not generated) and its indexes keep the
-- vectors they were given and stay consistent: they are not named.  The
-- setting textfacts_update.engine, when set, stands for the library's
-- engine version: test/cluster/upgrade.sh uses it to see the warnings
-- while the engine is still 100; it changes nothing but what is reported.
DO LANGUAGE plpgsql $stale$
DECLARE
    funcs pg_catalog.oid[];
    -- (COALESCE and NULLIF are syntax, not functions: nothing to qualify)
    engine pg_catalog.int4 := COALESCE(
        NULLIF(pg_catalog.current_setting('textfacts_update.engine', true), '')::pg_catalog.int4,
        @extschema@.engine_version());
    r record;
    stale pg_catalog.bool;
BEGIN
    -- the extension's functions, which the objects below call
    SELECT pg_catalog.array_agg(m.objid) INTO funcs
      FROM pg_catalog.pg_depend m JOIN pg_catalog.pg_extension e
        ON e.oid OPERATOR(pg_catalog.=) m.refobjid AND e.extname OPERATOR(pg_catalog.=) 'textfacts'
     WHERE m.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
       AND m.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND m.deptype OPERATOR(pg_catalog.=) 'e';
    -- indexes whose expressions or predicates call the extension's functions
    IF engine OPERATOR(pg_catalog.<>) 100 THEN
        FOR r IN
            SELECT * FROM (
            SELECT DISTINCT i.indexrelid::pg_catalog.regclass AS idx, i.indrelid::pg_catalog.regclass AS tbl
              FROM pg_catalog.pg_index i
              JOIN pg_catalog.pg_depend d
                ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
               AND d.objid OPERATOR(pg_catalog.=) i.indexrelid
               AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
               AND d.refobjid OPERATOR(pg_catalog.=) ANY (funcs)) x
             ORDER BY x.idx::pg_catalog.text
        LOOP
            RAISE WARNING 'index % on table % holds facts of textfacts engine 100, not of engine %',
                r.idx, r.tbl, engine
                USING DETAIL = 'Queries through it may answer otherwise than the same queries without it.',
                      HINT = pg_catalog.format('Run: REINDEX INDEX CONCURRENTLY %s;', r.idx);
        END LOOP;
    END IF;
    -- stored generated columns whose expressions call them, when a stored
    -- value carries another engine's stamp
    FOR r IN
        SELECT * FROM (
        SELECT DISTINCT a.attrelid::pg_catalog.regclass AS tbl, a.attname AS col,
               (SELECT c.attname FROM pg_catalog.pg_depend k
                  JOIN pg_catalog.pg_attribute c
                    ON c.attrelid OPERATOR(pg_catalog.=) k.refobjid
                   AND c.attnum OPERATOR(pg_catalog.=) k.refobjsubid
                 WHERE k.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
                   AND k.objid OPERATOR(pg_catalog.=) ad.oid
                   AND k.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                   AND k.refobjsubid OPERATOR(pg_catalog.>) 0
                 ORDER BY c.attnum LIMIT 1) AS source_col,
               a.atttypid OPERATOR(pg_catalog.=) '@extschema@.factvector'::pg_catalog.regtype AS is_fv
          FROM pg_catalog.pg_attrdef ad
          JOIN pg_catalog.pg_attribute a
            ON a.attrelid OPERATOR(pg_catalog.=) ad.adrelid AND a.attnum OPERATOR(pg_catalog.=) ad.adnum
           AND a.attgenerated OPERATOR(pg_catalog.=) 's'
          JOIN pg_catalog.pg_depend d
            ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
           AND d.objid OPERATOR(pg_catalog.=) ad.oid
           AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
           AND d.refobjid OPERATOR(pg_catalog.=) ANY (funcs)) x
         ORDER BY x.tbl::pg_catalog.text, x.col
    LOOP
        IF r.is_fv THEN
            -- the stamps tell: one row of another engine is enough
            EXECUTE pg_catalog.format(
                'SELECT EXISTS (SELECT FROM %s WHERE @extschema@.engine_version(%I) OPERATOR(pg_catalog.<>) %s)',
                r.tbl, r.col, engine) INTO stale;
        ELSE
            stale := engine OPERATOR(pg_catalog.<>) 100;   -- facts of another type carry no stamp
        END IF;
        IF stale THEN
            RAISE WARNING 'generated column %.% holds facts of another textfacts engine than engine %',
                r.tbl, pg_catalog.quote_ident(r.col), engine
                USING DETAIL = 'Its stored values differ from what its expression gives now.',
                      HINT = pg_catalog.format('Run: UPDATE %s SET %I = %I;', r.tbl,
                                               COALESCE(r.source_col, r.col), COALESCE(r.source_col, r.col));
        END IF;
    END LOOP;
END
$stale$;
