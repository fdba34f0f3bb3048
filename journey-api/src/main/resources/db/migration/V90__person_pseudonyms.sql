-- Unique persons (issue 15). A journey recorded with an identity number gets a keyed pseudonym of it
-- (HMAC-SHA256 under the service's pseudonym key, with the association in the input), kept here and nowhere else:
-- never in an event, an answer or a log. Erasure deletes the journey's row with its personal-data key.
CREATE TABLE person_pseudonym (
    journey_id  VARCHAR(64) PRIMARY KEY,
    association VARCHAR(64) NOT NULL,
    pseudonym   BYTEA       NOT NULL,
    -- The order pseudonyms were first stored in: "earlier journeys" of a person are earlier in it.
    stored_order BIGSERIAL  NOT NULL
);
CREATE INDEX person_pseudonym_by_person ON person_pseudonym (association, pseudonym, stored_order);

-- The service's one pseudonym key: a Tink keyset (PRF, HMAC-SHA256), wrapped like the personal-data keysets with
-- the key-encryption key that `wrapped_with` names (the master key or an HSM key; NULL: in cleartext).
CREATE TABLE pseudonym_key (
    id           SMALLINT PRIMARY KEY CHECK (id = 1),
    keyset       BYTEA       NOT NULL,
    wrapped_with VARCHAR(64)
);
