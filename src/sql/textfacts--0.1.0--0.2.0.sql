-- textfacts 0.1.0 -> 0.2.0: update script (ALTER EXTENSION textfacts UPDATE)
\echo Use "ALTER EXTENSION textfacts UPDATE TO '0.2.0'" to load this file. \quit

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
