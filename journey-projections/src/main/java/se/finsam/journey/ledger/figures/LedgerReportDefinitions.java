package se.finsam.journey.ledger.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.reports.CellSuppression;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;

/**
 * A ledger report over a scope's ledgers, as they stood at one position: the figures of the whole scope and of each
 * ledger, for the period and (compared) the period a year earlier, the change between them, and what small-number
 * protection must look at. The figures themselves are defined by {@link EconomyDefinitions},
 * {@link StaffDefinitions}, {@link ActivityDefinitions} and {@link GoalDefinitions}.
 */
public final class LedgerReportDefinitions {

    private static final String INITIATIVE = LedgerId.Owner.INITIATIVE.word() + ":";

    private LedgerReportDefinitions() {
    }

    /**
     * What a report is computed from: the scope's ledgers, the period, whether compared, the participant report per
     * initiative and of the whole scope for a period, and where goals' results come from.
     */
    public record Input(List<LedgerSnapshot> ledgers, ReportPeriod period, boolean compared,
                        Function<ReportPeriod, Map<String, ReportFigures>> participantsByInitiative,
                        Function<ReportPeriod, ReportFigures> participantsOfScope, GoalResults goals) {
    }

    /** The figures of the period, and of the period a year earlier when compared (else null). */
    public record Computed(LedgerSections current, LedgerSections previous, ReportPeriod previousPeriod) {
    }

    public static Computed compute(LedgerReportKind kind, Input input) {
        ReportPeriod period = input.period();
        ReportPeriod earlier = period.oneYearEarlier();
        if (kind == LedgerReportKind.GOALS) {
            return new Computed(GoalDefinitions.compute(input.ledgers(), period, input.compared(), input.goals()),
                    null, input.compared() ? earlier : null);
        }
        List<ReportPeriod> periods = input.compared() ? List.of(period, earlier) : List.of(period);
        List<LedgerSections> computed = new ArrayList<>();
        for (ReportPeriod each : periods) {
            Map<String, ReportFigures> byInitiative = input.participantsByInitiative().apply(each);
            ReportFigures whole = input.participantsOfScope().apply(each);
            computed.add(switch (kind) {
                case ECONOMY -> {
                    EconomyDefinitions.Rows rows = EconomyDefinitions.Rows.of(input.ledgers(), periods.stream()
                            .mapToInt(p -> p.from().getYear()).toArray());
                    yield new LedgerSections.Economy(EconomyDefinitions.compute(input.ledgers(), each, whole, rows),
                            perLedger(input.ledgers(), byInitiative, (ledger, own) ->
                                    EconomyDefinitions.compute(List.of(ledger), each, own, rows)));
                }
                case STAFF -> {
                    StaffDefinitions.Rows rows = StaffDefinitions.Rows.of(input.ledgers(),
                            periods.toArray(ReportPeriod[]::new));
                    yield new LedgerSections.Staff(StaffDefinitions.compute(input.ledgers(), each, whole, rows),
                            perLedger(input.ledgers(), byInitiative, (ledger, own) ->
                                    StaffDefinitions.compute(List.of(ledger), each, own, rows)));
                }
                case ACTIVITIES -> {
                    List<String> kinds = ActivityDefinitions.kinds(input.ledgers(), periods.toArray(ReportPeriod[]::new));
                    yield new LedgerSections.Activities(ActivityDefinitions.compute(input.ledgers(), each, kinds),
                            perLedger(input.ledgers(), byInitiative, (ledger, own) ->
                                    ActivityDefinitions.compute(List.of(ledger), each, kinds)));
                }
                case GOALS -> throw new IllegalStateException("goals are computed above");
            });
        }
        return new Computed(computed.get(0), input.compared() ? computed.get(1) : null,
                input.compared() ? earlier : null);
    }

    /** Each ledger's own figures, when the scope has more than one ledger; an association's own has no participants. */
    private static <F> Map<String, F> perLedger(List<LedgerSnapshot> ledgers, Map<String, ReportFigures> byInitiative,
                                                BiFunction<LedgerSnapshot, ReportFigures, F> figures) {
        Map<String, F> perLedger = new LinkedHashMap<>();
        if (ledgers.size() > 1) {
            ledgers.forEach(ledger -> perLedger.put(ledger.key(), figures.apply(ledger, ledger.ledger().isAssociation()
                    ? null : byInitiative.get(ledger.ledger().code()))));
        }
        return perLedger;
    }

    /** For every figure present with a value in both years, the change (this year − last), exact before rounding. */
    public static Map<String, Value> change(LedgerSections now, LedgerSections before) {
        Map<String, Value> earlier = Cells.of(before);
        Map<String, Value> change = new LinkedHashMap<>();
        Cells.of(now).forEach((path, value) -> {
            Value then = earlier.get(path);
            if (then != null && value.exact() != null && then.exact() != null) {
                change.put(path, value.minus(then));
            }
        });
        return change;
    }

    /** What small-number protection looks at in a report's cells (see {@link LedgerSuppression}). */
    public static LedgerSuppression.Spec protection(LedgerSections sections) {
        Set<String> persons = new LinkedHashSet<>();
        List<CellSuppression.Group> groups = new ArrayList<>();
        Map<String, String> derived = new LinkedHashMap<>();
        if (sections instanceof LedgerSections.Economy economy) {
            List<String> counts = List.of("participants", "newParticipants", "closures", "greenOutcomes");
            List<String> per = List.of("participant", "newParticipant", "closure", "greenOutcome");
            for (String prefix : prefixes(economy.byLedger().keySet())) {
                for (int i = 0; i < counts.size(); i++) {
                    persons.add(prefix + "participants." + counts.get(i));
                    derived.put(prefix + "costPer." + per.get(i), prefix + "participants." + counts.get(i));
                }
            }
            counts.forEach(count -> groups.add(acrossTeams(economy.byLedger().keySet(), "participants." + count)));
        } else if (sections instanceof LedgerSections.Staff staff) {
            for (String prefix : prefixes(staff.byLedger().keySet())) {
                persons.add(prefix + "participants");
                derived.put(prefix + "participantsPerFte", prefix + "participants");
            }
            groups.add(acrossTeams(staff.byLedger().keySet(), "participants"));
        } else if (sections instanceof LedgerSections.Activities activities) {
            persons.addAll(ActivityDefinitions.persons(activities.total(), "total."));
            groups.addAll(ActivityDefinitions.groups(activities.total(), "total."));
            activities.byLedger().forEach((key, figures) -> {
                persons.addAll(ActivityDefinitions.persons(figures, "byLedger." + key + "."));
                groups.addAll(ActivityDefinitions.groups(figures, "byLedger." + key + "."));
            });
            for (String cell : ActivityDefinitions.persons(activities.total(), "")) {
                List<String> parts = activities.byLedger().keySet().stream().map(k -> "byLedger." + k + "." + cell)
                        .toList();
                if (!parts.isEmpty()) {
                    groups.add(new CellSuppression.Group("total." + cell, parts));
                }
            }
        }
        return new LedgerSuppression.Spec(persons, groups, derived);
    }

    private static List<String> prefixes(Set<String> ledgers) {
        List<String> prefixes = new ArrayList<>(List.of("total."));
        ledgers.forEach(key -> prefixes.add("byLedger." + key + "."));
        return prefixes;
    }

    /** A team total's cell as the sum of the initiatives' own (the association's own ledger counts nobody). */
    private static CellSuppression.Group acrossTeams(Set<String> ledgers, String cell) {
        return new CellSuppression.Group("total." + cell, ledgers.stream().filter(k -> k.startsWith(INITIATIVE))
                .map(k -> "byLedger." + k + "." + cell).toList());
    }
}
