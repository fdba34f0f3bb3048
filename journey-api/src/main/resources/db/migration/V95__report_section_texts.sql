-- The team's own text of each section of a report document (issue 15, "The report document"): every version of the
-- text of one section, for one initiative's or association's report over one period. A version is never changed or
-- deleted, so that an earlier version of a document can be made again with the text it had: the database refuses
-- UPDATE, DELETE and TRUNCATE, for the service's own user too. The text never holds an identity number (refused on
-- the way in), so nothing here is personal data and nothing is erased.
CREATE TABLE report_section_text (
    owner_kind  VARCHAR(16)  NOT NULL CHECK (owner_kind IN ('initiative', 'association')),
    owner_code  VARCHAR(32)  NOT NULL,
    period_from DATE         NOT NULL,
    period_to   DATE         NOT NULL CHECK (period_to >= period_from),
    section     VARCHAR(32)  NOT NULL,
    version     INTEGER      NOT NULL CHECK (version >= 1),
    text        TEXT         NOT NULL,
    written_by  VARCHAR(64)  NOT NULL,
    written_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (owner_kind, owner_code, period_from, period_to, section, version)
);

CREATE FUNCTION report_section_text_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'versions of a report''s section texts are never changed or deleted';
END;
$$;
CREATE TRIGGER report_section_text_no_update BEFORE UPDATE OR DELETE ON report_section_text
    FOR EACH ROW EXECUTE FUNCTION report_section_text_append_only();
CREATE TRIGGER report_section_text_no_truncate BEFORE TRUNCATE ON report_section_text
    FOR EACH STATEMENT EXECUTE FUNCTION report_section_text_append_only();
