-- A journey's status (JourneyStatus in journey-core) as the facts processor writes it with each row, so that the
-- journey list filters and shows what the journey view says, decided in one place. Rows written before get theirs
-- here once, by the same rule; every row written from now on comes from JourneyStatus.
ALTER TABLE journey_fact ADD COLUMN status VARCHAR(16);
UPDATE journey_fact SET status = CASE
    WHEN is_void THEN 'VOID'
    WHEN closure_date IS NOT NULL THEN 'CLOSED'
    WHEN enrolment_date IS NOT NULL THEN 'ACTIVE'
    WHEN withdrawal_date IS NOT NULL THEN 'WITHDRAWN'
    ELSE 'WAITING' END;
ALTER TABLE journey_fact ALTER COLUMN status SET NOT NULL;
