package se.finsam.journey.ledger.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.ledger.activities.ActivityKind;
import se.finsam.journey.ledger.events.ActivityRecorded;
import se.finsam.journey.reports.CellSuppression;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

/**
 * The one place where the activity report's figures are defined: live activity records whose first day lies in
 * the period (a group that starts in December counts in December's year, as "sex gruppstarter" counts starts),
 * counted per kind and in total. Unique participants are each activity's own and are summed; attendances per
 * session is attendances ÷ sessions. Unique participants and their genders count persons, so small-number
 * protection hides them ({@link #persons}, {@link #groups}, through {@link LedgerSuppression}).
 */
public final class ActivityDefinitions {

    private ActivityDefinitions() {
    }

    /** The kinds both years of a comparison carry: those of activities started in either period. */
    public static List<String> kinds(Collection<LedgerSnapshot> ledgers, ReportPeriod... periods) {
        List<ActivityRecorded> started = Keys.live(ledgers, ActivityRecorded.class)
                .filter(a -> java.util.Arrays.stream(periods).anyMatch(p -> p.contains(a.from()))).toList();
        return Keys.of(ActivityKind.STANDARD, false, started, a -> a.kind().code());
    }

    public static ActivityFigures compute(Collection<LedgerSnapshot> ledgers, ReportPeriod period, List<String> kinds) {
        List<ActivityRecorded> started = Keys.live(ledgers, ActivityRecorded.class)
                .filter(a -> period.contains(a.from())).toList();
        Map<String, ActivityFigures.Counts> byKind = new LinkedHashMap<>();
        kinds.forEach(kind -> byKind.put(kind, counts(started.stream()
                .filter(a -> a.kind().code().equals(kind)).toList())));
        return new ActivityFigures(byKind, counts(started));
    }

    private static ActivityFigures.Counts counts(List<ActivityRecorded> activities) {
        long sessions = 0;
        long attendances = 0;
        long unique = 0;
        long women = 0;
        long men = 0;
        long nonBinary = 0;
        for (ActivityRecorded activity : activities) {
            sessions += activity.sessions();
            attendances += activity.attendances();
            unique += activity.uniqueParticipants();
            if (activity.byGender() != null) {
                women += activity.byGender().women();
                men += activity.byGender().men();
                nonBinary += activity.byGender().nonBinary();
            }
        }
        return new ActivityFigures.Counts(Value.count(activities.size()), Value.count(sessions),
                Value.count(attendances), Value.count(unique), Value.count(women), Value.count(men),
                Value.count(nonBinary), Value.count(unique - women - men - nonBinary),
                sessions == 0 ? Value.none(Value.Unit.TENTHS) : Value.of(Ratio.of(attendances, sessions),
                        Value.Unit.TENTHS));
    }

    /** The cells that count persons: unique participants and their genders, per kind and in total. */
    public static Set<String> persons(ActivityFigures figures, String prefix) {
        Set<String> persons = new LinkedHashSet<>();
        List<String> rows = new ArrayList<>(figures.byKind().keySet().stream().map(k -> "byKind." + k).toList());
        rows.add("total");
        for (String row : rows) {
            for (String cell : List.of("uniqueParticipants", "women", "men", "nonBinary", "genderUnknown")) {
                persons.add(prefix + row + "." + cell);
            }
        }
        return persons;
    }

    /** Totals that are sums: a kind's unique participants of its genders, the total's of every kind's. */
    public static List<CellSuppression.Group> groups(ActivityFigures figures, String prefix) {
        List<CellSuppression.Group> groups = new ArrayList<>();
        List<String> rows = new ArrayList<>(figures.byKind().keySet().stream().map(k -> "byKind." + k).toList());
        rows.add("total");
        for (String row : rows) {
            groups.add(new CellSuppression.Group(prefix + row + ".uniqueParticipants", List.of(prefix + row + ".women",
                    prefix + row + ".men", prefix + row + ".nonBinary", prefix + row + ".genderUnknown")));
        }
        for (String cell : List.of("uniqueParticipants", "women", "men", "nonBinary", "genderUnknown")) {
            groups.add(new CellSuppression.Group(prefix + "total." + cell, figures.byKind().keySet().stream()
                    .map(k -> prefix + "byKind." + k + "." + cell).toList()));
        }
        return groups;
    }
}
