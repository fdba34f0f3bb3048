-- Organisation data: initiatives (insatser) of associations (samordningsförbund), and the users.
CREATE TABLE initiative (
    code        VARCHAR(32)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    association VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX initiative_association ON initiative (association);

CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    roles         TEXT[]       NOT NULL,
    initiatives   TEXT[]       NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- One key per journey's person: personal data in events is sealed with it, erasure destroys it.
CREATE TABLE person_key (
    journey_id VARCHAR(64) PRIMARY KEY,
    secret     BYTEA,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at  TIMESTAMPTZ
);
