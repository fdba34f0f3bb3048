package se.finsam.journey.persons;

/** Two different journeys, whichever way round they were named. */
public record JourneyPair(String first, String second) {

    public static JourneyPair of(String one, String other) {
        return one.compareTo(other) <= 0 ? new JourneyPair(one, other) : new JourneyPair(other, one);
    }

    public String otherThan(String journeyId) {
        return first.equals(journeyId) ? second : first;
    }
}
