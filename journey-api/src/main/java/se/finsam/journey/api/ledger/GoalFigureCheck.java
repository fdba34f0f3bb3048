package se.finsam.journey.api.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.tables.TableCells;
import se.finsam.journey.ledger.LedgerViolation;
import se.finsam.journey.ledger.goals.GoalIndicator;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportPeriod;

/**
 * Whether the figure a goal names exists: a dotted path of a count, share or mean of the participant report (its
 * open breakdowns, referring units and home municipalities, take any key), or a cell of a stored version of a
 * defined table.
 */
@Component
class GoalFigureCheck implements Consumer<GoalIndicator> {

    private static final List<String> OPEN_BREAKDOWNS = List.of("participants.byReferringUnit.",
            "participants.newByReferringUnit.", "participants.byHomeMunicipality.");

    /** Every path of the report: the figures of nobody have every cell except the open breakdowns' keys. */
    private static final Set<String> PATHS = ParticipantReportDefinitions.compute(List.of(),
            new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).cells().keySet();

    private final TableCells tables;

    GoalFigureCheck(TableCells tables) {
        this.tables = tables;
    }

    @Override
    public void accept(GoalIndicator indicator) {
        if (!indicator.isNational()) {
            tables.check(indicator);
            return;
        }
        String path = indicator.figure();
        boolean open = OPEN_BREAKDOWNS.stream().anyMatch(prefix -> path.startsWith(prefix) && path.length() > prefix.length());
        if (!PATHS.contains(path) && !open) {
            throw LedgerViolation.invalid("figure", "figure-unknown", "'" + path + "' is not a figure of the "
                    + "participant report; name one by its dotted path, e.g. closures.shares.work, "
                    + "closures.greenOutcomes.count or participants.byAgeBand.16-29", path);
        }
    }
}
