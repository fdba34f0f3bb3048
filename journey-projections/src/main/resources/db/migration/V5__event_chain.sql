-- Tamper evidence: every stored event linked into a hash chain in global order. hash = SHA-256 of the
-- previous hash and the event's immutable content (see EventChain).
CREATE TABLE event_chain (
    globalindex BIGINT      PRIMARY KEY,
    hash        BYTEA       NOT NULL,
    chained_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
