-- Personal-data keys become Tink keysets (see PersonKeys). `keyset` (deterministic AEAD, AES-SIV) seals and
-- opens every value recorded from now on. A journey sealed before this migration keeps its old AES-GCM key
-- too: at start the service converts `legacy_secret` into `legacy_keyset`, so what it holds stays readable.
-- `wrapped_with` names the master key that wraps both keysets; NULL means they are stored in cleartext.
ALTER TABLE person_key RENAME COLUMN secret TO legacy_secret;
ALTER TABLE person_key
    ADD COLUMN keyset        BYTEA,
    ADD COLUMN legacy_keyset BYTEA,
    ADD COLUMN wrapped_with  VARCHAR(64);
