package se.finsam.journey.ledger.figures;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.events.GoalAssessed;
import se.finsam.journey.ledger.events.GoalSet;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;

/**
 * The one place where the goal report is defined: the live goals of the years the period touches, each with its
 * result from {@link GoalResults}, reached or not, and its live assessments (the latest being the current one).
 */
public final class GoalDefinitions {

    private GoalDefinitions() {
    }

    public static GoalFigures compute(Collection<LedgerSnapshot> ledgers, ReportPeriod period, boolean compared,
                                      GoalResults results) {
        Map<String, GoalFigures.Goal> goals = new LinkedHashMap<>();
        for (LedgerSnapshot ledger : ledgers) {
            ledger.history().live(GoalSet.class)
                    .filter(g -> g.year() >= period.from().getYear() && g.year() <= period.to().getYear())
                    .forEach(goal -> goals.put(ledger.key() + "/" + goal.recordId(), goal(ledger, goal, compared,
                            results)));
        }
        return new GoalFigures(goals);
    }

    private static GoalFigures.Goal goal(LedgerSnapshot ledger, GoalSet goal, boolean compared, GoalResults results) {
        List<GoalFigures.Assessment> assessments = ledger.history().assessmentsOf(goal.recordId()).stream()
                .map(a -> assessment(ledger, a)).toList();
        Value result = Value.none(Value.Unit.TENTHS);
        Value previous = Value.none(Value.Unit.TENTHS);
        Value target = null;
        Boolean reached = null;
        if (goal.indicator() != null) {
            result = results.result(ledger.ledger(), goal.indicator(), false);
            previous = compared ? results.result(ledger.ledger(), goal.indicator(), true) : Value.none(result.unit());
            target = Value.of(Ratio.of(goal.target()), result.unit());
            reached = result.shown() ? goal.direction().reached((BigDecimal) decimal(result), goal.target()) : null;
        }
        return new GoalFigures.Goal(ledger.key(), goal.recordId(), goal.year(), goal.area(), goal.text(),
                goal.indicator(), target, goal.direction() == null ? null : goal.direction().name(), result,
                previous, result.minus(previous), reached, assessments.isEmpty() ? null
                : assessments.get(assessments.size() - 1), assessments, goal.recordedBy(),
                ledger.recordedAt().get(goal.recordId()));
    }

    private static Object decimal(Value value) {
        Object rendered = value.rendered();
        return rendered instanceof Long whole ? BigDecimal.valueOf(whole) : rendered;
    }

    private static GoalFigures.Assessment assessment(LedgerSnapshot ledger, GoalAssessed assessed) {
        return new GoalFigures.Assessment(assessed.recordId(), assessed.date(), assessed.text(),
                assessed.attainment() == null ? null : assessed.attainment().name(), assessed.recordedBy(),
                ledger.recordedAt().get(assessed.recordId()));
    }

    /**
     * A figure of the participant report by its dotted path, as a goal's result: a count as a whole number, a share or
     * mean with one decimal; none when the report has no such figure.
     */
    public static Value national(ReportFigures report, String path) {
        Figure figure = report.cells().get(path);
        if (figure instanceof Figure.Count count) {
            return Value.count(count.value());
        }
        if (figure instanceof Figure.Measure measure) {
            return Value.of(measure.exact(), Value.Unit.TENTHS);
        }
        return Value.none(Value.Unit.TENTHS);
    }
}
