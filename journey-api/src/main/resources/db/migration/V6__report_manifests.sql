-- Report manifests: what a report answer was computed from, so that it can be recomputed and checked years
-- later. The id is derived from the question (scope, period, as-of, comparison) and the event position, so the
-- same report at the same position has one manifest. `figures` is the answer in canonical JSON (keys sorted);
-- `events_hash` (SHA-256 over the stored events of the journeys that could count) is filled in by the sealer
-- shortly after the answer, from the event table.
CREATE TABLE report_manifest (
    id            VARCHAR(40)  PRIMARY KEY,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by    VARCHAR(64)  NOT NULL,
    association   VARCHAR(64),
    initiatives   TEXT[]       NOT NULL,
    period_from   DATE         NOT NULL,
    period_to     DATE         NOT NULL,
    as_of         VARCHAR(40),  -- ISO-8601 as asked: PostgreSQL's timestamps stop at microseconds
    compare       BOOLEAN      NOT NULL,
    position      BIGINT       NOT NULL,
    definitions   VARCHAR(16)  NOT NULL,
    figures       TEXT         NOT NULL,
    figures_hash  CHAR(64)     NOT NULL,
    events_hash   CHAR(64),
    events        INTEGER,
    journeys      INTEGER,
    sealed_at     TIMESTAMPTZ,
    consistent    BOOLEAN
);
CREATE INDEX report_manifest_unsealed ON report_manifest (created_at) WHERE events_hash IS NULL;

-- The audit trail of reads: who looked at what, when. Append-only: the database refuses to change or delete
-- a row, whoever asks.
CREATE TABLE read_audit (
    id        BIGSERIAL    PRIMARY KEY,
    at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    username  VARCHAR(64)  NOT NULL,
    action    VARCHAR(32)  NOT NULL,
    subject   TEXT         NOT NULL,
    detail    JSONB
);
CREATE INDEX read_audit_at ON read_audit (at);

CREATE FUNCTION read_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the read audit trail is append-only';
END;
$$;
CREATE TRIGGER read_audit_no_update BEFORE UPDATE OR DELETE ON read_audit
    FOR EACH ROW EXECUTE FUNCTION read_audit_append_only();
CREATE TRIGGER read_audit_no_truncate BEFORE TRUNCATE ON read_audit
    FOR EACH STATEMENT EXECUTE FUNCTION read_audit_append_only();
