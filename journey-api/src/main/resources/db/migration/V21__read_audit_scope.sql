-- The initiatives each read concerned, so that an auditor of some initiatives sees only the entries about them.
-- (The table is append-only for updates of rows; adding a column is a change of schema, not of entries.)
ALTER TABLE read_audit ADD COLUMN initiatives TEXT[] NOT NULL DEFAULT '{}';
