package se.finsam.journey.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.finsam.journey.reports.CountedJourneys;

/** The journeys a table counts, exactly the populations of definition set 2026.1 (DOMAIN.md). */
public enum Population {
    PARTICIPANTS("participants"),
    NEW("new"),
    ACTIVE_AT_START("activeAtStart"),
    ACTIVE_AT_END("activeAtEnd"),
    /** Drop-outs included. */
    CLOSURES("closures"),
    /** Closures that are not drop-outs. */
    MEASURED_CLOSURES("measuredClosures"),
    /** Referral date in the period, enrolled or not. */
    REFERRALS("referrals"),
    WITHDRAWALS("withdrawals"),
    WAITING_AT_END("waitingAtEnd"),
    /** Participants with a placement active in the period. */
    WORK_TRAINING("workTraining");

    private final String wireName;

    Population(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Population> byWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(Population::wireName).toList();
    }

    /** Whether the population holds only closures (where closure causes and throughput time exist). */
    public boolean ofClosures() {
        return this == CLOSURES || this == MEASURED_CLOSURES;
    }

    /** Whether every journey of the population is enrolled (so has an enrolment date to take an age at). */
    public boolean onlyEnrolled() {
        return this != REFERRALS && this != WITHDRAWALS && this != WAITING_AT_END;
    }

    /** Whether row {@code i} belongs to the population in the journeys' period. */
    boolean includes(CountedJourneys journeys, int i) {
        return switch (this) {
            case PARTICIPANTS -> journeys.isParticipant(i);
            case NEW -> journeys.isNew(i);
            case ACTIVE_AT_START -> journeys.isParticipant(i) && !journeys.isNew(i);
            case ACTIVE_AT_END -> journeys.isParticipant(i) && !journeys.isClosed(i);
            case CLOSURES -> journeys.isClosed(i);
            case MEASURED_CLOSURES -> journeys.isMeasuredClosure(i);
            case REFERRALS -> journeys.isReceived(i);
            case WITHDRAWALS -> journeys.isWithdrawn(i);
            case WAITING_AT_END -> journeys.isWaitingAtEnd(i);
            case WORK_TRAINING -> journeys.hasActivePlacement(i);
        };
    }
}
