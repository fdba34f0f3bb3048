-- journey_initiative is written by the service itself from now on, in the referral's transaction (the subscribing
-- handler JourneyInitiativeWriter), from the referral as the serializer and the upcaster chain read it. The trigger
-- of V30 read the initiative out of the payload's JSON: a second reader of stored payloads that no upcaster reaches,
-- which would refuse every referral once its JSON changed shape. V30's rows (and its one-off backfill) stay.
DROP TRIGGER journey_initiative_of_referral ON domainevententry;
DROP FUNCTION journey_initiative_of_referral();
