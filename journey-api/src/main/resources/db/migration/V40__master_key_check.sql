-- A check of the master key that wraps the personal-data keys: a constant sealed with it when it is first used.
-- A start with another key (another node's, or a new one made because the file was lost) is refused before
-- anything is wrapped with it, and a start without it once it was used is refused too.
CREATE TABLE master_key_check (
    name        TEXT PRIMARY KEY,
    sealed      BYTEA NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
