-- The in-memory replicas of journey_fact sync by last_position.
CREATE INDEX journey_fact_last_position ON journey_fact (last_position);
