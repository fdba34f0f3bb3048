package se.finsam.journey.journey;

/**
 * Where a journey stands, as staff see it: the one place that decides it, for the journey list, the journey view
 * and the API's journey answer alike.
 */
public enum JourneyStatus {
    /** Referred, neither enrolled nor withdrawn. */
    WAITING,
    /** Enrolled and not closed. */
    ACTIVE,
    CLOSED,
    /** The referral was withdrawn before enrolment. */
    WITHDRAWN,
    /** Registered in error: its referral was retracted, and it counts nowhere. */
    VOID;

    public static JourneyStatus of(CurrentJourney journey) {
        if (journey.isVoid()) {
            return VOID;
        }
        if (journey.closure() != null) {
            return CLOSED;
        }
        if (journey.isEnrolled()) {
            return ACTIVE;
        }
        return journey.withdrawalDate() != null ? WITHDRAWN : WAITING;
    }
}
