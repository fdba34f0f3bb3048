-- Which initiative each journey belongs to, written by the event store itself: a trigger on the insert of a
-- journey's first event (always its referral, which names the initiative for good), so the row commits in the
-- same transaction as the referral, whichever way it came in (a single record through the aggregate, a chunk of
-- an import, or anything written later). An exact report finds a scope's journeys here at any position; the
-- read model (journey_fact) may lag behind the events, this table cannot.
CREATE TABLE journey_initiative (
    journey_id        VARCHAR(255) PRIMARY KEY,
    initiative        VARCHAR(32)  NOT NULL,
    referral_position BIGINT       NOT NULL
);
CREATE INDEX journey_initiative_scope ON journey_initiative (initiative, referral_position);

CREATE FUNCTION journey_initiative_of_referral() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    code TEXT := convert_from(NEW.payload, 'UTF8')::jsonb ->> 'initiative';
BEGIN
    -- Refuse rather than store a journey no scope would find (say, after a change of the event's JSON).
    IF code IS NULL THEN
        RAISE EXCEPTION 'the referral at position % names no initiative', NEW.globalindex;
    END IF;
    INSERT INTO journey_initiative (journey_id, initiative, referral_position)
        VALUES (NEW.aggregateidentifier, code, NEW.globalindex);
    RETURN NULL;
END
$$;

CREATE TRIGGER journey_initiative_of_referral AFTER INSERT ON domainevententry FOR EACH ROW
    WHEN (NEW.sequencenumber = 0 AND NEW.payloadtype = 'se.finsam.journey.journey.events.ParticipantReferred')
    EXECUTE FUNCTION journey_initiative_of_referral();

-- Journeys stored before this migration.
INSERT INTO journey_initiative (journey_id, initiative, referral_position)
SELECT aggregateidentifier, convert_from(payload, 'UTF8')::jsonb ->> 'initiative', globalindex
FROM domainevententry
WHERE sequencenumber = 0 AND payloadtype = 'se.finsam.journey.journey.events.ParticipantReferred';
