package se.finsam.journey.api.ledger.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import se.finsam.journey.api.tables.TableCells;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.figures.GoalDefinitions;
import se.finsam.journey.ledger.figures.GoalResults;
import se.finsam.journey.ledger.figures.Value;
import se.finsam.journey.ledger.goals.GoalIndicator;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.reports.Suppression;

/**
 * A goal's result from the journeys of the goal's owner (an initiative's own, or every initiative of the scope for
 * an association's goal) at the report's position: a figure of the participant report, or a defined table's cell.
 * Under small-number protection a result is hidden where the participant report (or the table's report) would hide
 * it, by its whole rules: a figure that is not small itself but would give a small one away is hidden too.
 */
final class LedgerGoalResults implements GoalResults {

    private final List<CurrentJourney> journeys;
    private final ReportPeriod period;
    private final TableCells tables;
    private final OptionalInt threshold;
    private final Function<LedgerId, List<String>> initiativesOf;
    private final Map<String, ReportFigures> figures = new HashMap<>();
    private final Map<String, List<String>> hidden = new HashMap<>();

    LedgerGoalResults(List<CurrentJourney> journeys, Function<LedgerId, List<String>> initiativesOf,
                      ReportPeriod period, TableCells tables, OptionalInt threshold) {
        this.journeys = journeys;
        this.initiativesOf = initiativesOf;
        this.period = period;
        this.tables = tables;
        this.threshold = threshold;
    }

    @Override
    public Value result(LedgerId owner, GoalIndicator indicator, boolean previousPeriod) {
        ReportPeriod of = previousPeriod ? period.oneYearEarlier() : period;
        List<String> scope = initiativesOf.apply(owner);
        List<CurrentJourney> own = journeys.stream().filter(j -> scope.contains(j.initiative())).toList();
        if (indicator.isNational()) {
            String key = owner + "|" + of;
            ReportFigures report = figures.computeIfAbsent(key, k -> ParticipantReportDefinitions.compute(own, of));
            Value result = GoalDefinitions.national(report, indicator.figure());
            boolean small = threshold.isPresent() && hidden.computeIfAbsent(key, k ->
                    Suppression.of(report, threshold.getAsInt()).cells()).contains(indicator.figure());
            return small ? result.hide() : result;
        }
        Optional<TableCells.Cell> cell = tables.cell(indicator, scope, JourneyColumns.of(own), of, threshold);
        if (cell.isEmpty()) {
            return Value.none(Value.Unit.TENTHS);
        }
        Figure figure = cell.get().figure();
        Value result = figure instanceof Figure.Count count ? Value.count(count.value())
                : Value.of(((Figure.Measure) figure).exact(), Value.Unit.TENTHS);
        return cell.get().hidden() ? result.hide() : result;
    }
}
