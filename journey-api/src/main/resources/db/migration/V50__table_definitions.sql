-- Table definitions (table language v1, DOMAIN.md "Tables that analysts define"): every version of every
-- definition, as the canonical JSON of its content (keys sorted, no whitespace, UTF-8) and the SHA-256 of that
-- text. A version is never changed or deleted, so a figure computed under it can be computed again forever: the
-- database refuses UPDATE, DELETE and TRUNCATE, for the service's own user too.
CREATE TABLE table_definition (
    id          VARCHAR(64)  NOT NULL,
    version     INTEGER      NOT NULL CHECK (version >= 1),
    title       TEXT         NOT NULL,
    content     TEXT         NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (id, version)
);

CREATE FUNCTION table_definition_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'versions of table definitions are never changed or deleted';
END;
$$;
CREATE TRIGGER table_definition_no_update BEFORE UPDATE OR DELETE ON table_definition
    FOR EACH ROW EXECUTE FUNCTION table_definition_append_only();
CREATE TRIGGER table_definition_no_truncate BEFORE TRUNCATE ON table_definition
    FOR EACH STATEMENT EXECUTE FUNCTION table_definition_append_only();

-- A manifest is of the participant report or of a definition's tables: the latter names the definition's id,
-- version and SHA-256, which its verification computes under again.
ALTER TABLE report_manifest ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'participants';
ALTER TABLE report_manifest ADD COLUMN definition_id VARCHAR(64);
ALTER TABLE report_manifest ADD COLUMN definition_version INTEGER;
ALTER TABLE report_manifest ADD COLUMN definition_sha256 CHAR(64);
