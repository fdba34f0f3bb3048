-- Read model "journey facts": one row per journey with what its live records say now (CurrentJourney as
-- JSON) and the dates that decide which reports it can appear in. Kept by the pooled processor
-- "journey-facts", whose token commits in the same transaction.
CREATE TABLE journey_fact (
    journey_id      VARCHAR(64) PRIMARY KEY,
    initiative      VARCHAR(32) NOT NULL,
    is_void         BOOLEAN     NOT NULL,
    referral_date   DATE,
    enrolment_date  DATE,
    withdrawal_date DATE,
    closure_date    DATE,
    facts           JSONB       NOT NULL,
    last_position   BIGINT      NOT NULL
);
CREATE INDEX journey_fact_scope ON journey_fact (initiative, referral_date);
