package se.finsam.journey.ledger.figures;

import java.util.Map;

/** The group and structural activities of a scope that started in a period, per kind and in total. */
public record ActivityFigures(Map<String, Counts> byKind, Counts total) {

    /**
     * Activities, sessions held, attendances, unique participants (summed over the activities: a person in two
     * activities is two) by gender where known, and attendances per session.
     */
    public record Counts(Value activities, Value sessions, Value attendances, Value uniqueParticipants, Value women,
                         Value men, Value nonBinary, Value genderUnknown, Value attendancesPerSession) {
    }
}
