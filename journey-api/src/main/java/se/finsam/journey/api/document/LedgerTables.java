package se.finsam.journey.api.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.ledger.reports.LedgerReportAnswer;
import se.finsam.journey.api.ledger.reports.LedgerReports;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.document.Block;
import se.finsam.journey.document.Cell;
import se.finsam.journey.document.Chart;
import se.finsam.journey.document.ChartKind;
import se.finsam.journey.document.Columns;
import se.finsam.journey.document.Prose;
import se.finsam.journey.document.Row;
import se.finsam.journey.document.Series;
import se.finsam.journey.document.Table;
import se.finsam.journey.document.Unit;
import se.finsam.journey.ledger.figures.Cells;
import se.finsam.journey.ledger.figures.GoalFigures;
import se.finsam.journey.ledger.figures.LedgerReportKind;
import se.finsam.journey.ledger.figures.Value;

/**
 * The ledger reports' part of the document: economy, staff, goals and activities, each published through
 * {@link LedgerReports#publish} (its manifest stored) and made into tables under that manifest's id. Every call to
 * the ledger reports is here, so that a change of how they are published touches this class alone.
 */
@Component
class LedgerTables {

    private final LedgerReports reports;
    private final DocumentWords words;

    LedgerTables(LedgerReports reports, DocumentWords words) {
        this.reports = reports;
        this.words = words;
    }

    /** The blocks of one ledger report's section and the manifest they came from. */
    record Part(List<Block> blocks, String manifest) {
    }

    /**
     * The economy of the period's budget year: a budget year is a calendar year, so for a period over two (July–June)
     * the part in the later year, which a note under the table names.
     */
    Part economy(ReportQuery query, OptionalInt threshold, Caller caller) {
        LocalDate from = query.from().getYear() == query.to().getYear() ? query.from()
                : LocalDate.of(query.to().getYear(), 1, 1);
        ReportQuery year = new ReportQuery(query.initiatives(), query.association(), from, query.to(), query.asOf(),
                true, null);
        LedgerReportAnswer answer = reports.publish(LedgerReportKind.ECONOMY, year, threshold, caller);
        Lookup cells = new Lookup(answer);
        List<String> notes = from.equals(query.from()) ? List.of()
                : List.of("Ekonomin redovisas per budgetår (kalenderår): här " + from + " – " + query.to() + ".");
        List<Block> blocks = new ArrayList<>();
        List<Row> summary = new ArrayList<>();
        summary.add(cells.row("Tilldelat", "total.allocated"));
        cells.keys("total.allocatedByParty.").forEach(path -> summary.add(cells.row("  varav "
                + words.party(path.substring("total.allocatedByParty.".length())), path)));
        summary.add(cells.row("Budget", "total.budget"));
        summary.add(cells.row("Utfall under perioden", "total.costs"));
        summary.add(cells.row("Kvar av tilldelningen", "total.difference"));
        summary.add(cells.row("Andel av tilldelningen förbrukad", "total.shareUsed"));
        summary.add(cells.row("Helårsprognos", "total.forecast"));
        summary.add(cells.row("Tilldelning minus prognos", "total.forecastDeviation"));
        summary.add(cells.row("Budget minus prognos", "total.budgetDeviation"));
        blocks.add(new Table("Ekonomiskt utfall och prognos", cells.columns, summary, answer.manifest(), notes));
        List<String> types = cells.keys("total.byCostType.").stream()
                .map(path -> path.substring("total.byCostType.".length()).replaceAll("\\.[a-z]+$", ""))
                .distinct().toList();
        if (!types.isEmpty()) {
            List<Row> rows = types.stream().map(type -> new Row(words.coded("ledger.costType.", type),
                    List.of("budget", "costs", "difference", "forecast", "deviation").stream()
                            .map(field -> cells.now("total.byCostType." + type + "." + field)).toList(), false)).toList();
            blocks.add(new Table("Budgetutfall efter kostnadsslag", Columns.of("Kostnadsslag", "Budget", "Utfall",
                    "Differens", "Prognos", "Budget minus prognos"), rows, answer.manifest(), notes));
            blocks.add(chart("Budget och utfall efter kostnadsslag", types.stream()
                    .map(type -> words.coded("ledger.costType.", type)).toList(), List.of(
                    series("Budget", types.stream().map(type -> cells.now("total.byCostType." + type + ".budget")).toList()),
                    series("Utfall", types.stream().map(type -> cells.now("total.byCostType." + type + ".costs")).toList())),
                    "Kronor", Unit.KRONOR, answer.manifest()));
        }
        blocks.add(new Table("Kostnad per deltagare och resultat", cells.columns, List.of(
                cells.row("Kostnad per deltagare", "total.costPer.participant"),
                cells.row("Kostnad per ny deltagare", "total.costPer.newParticipant"),
                cells.row("Kostnad per avslut", "total.costPer.closure"),
                cells.row("Kostnad per grönt utfall", "total.costPer.greenOutcome")), answer.manifest(), notes));
        List<String> ledgers = cells.ledgers("byLedger.", ".allocated");
        if (ledgers.size() > 1) {
            blocks.add(new Table("Tilldelat och använt per insats", Columns.of("", "Tilldelat", "Utfall",
                    "Andel förbrukad"), ledgers.stream().map(ledger -> new Row(ledgerName(ledger), List.of(
                    cells.now("byLedger." + ledger + ".allocated"), cells.now("byLedger." + ledger + ".costs"),
                    cells.now("byLedger." + ledger + ".shareUsed")), false)).toList(), answer.manifest(), notes));
        }
        return new Part(blocks, answer.manifest());
    }

    Part staff(ReportQuery query, OptionalInt threshold, Caller caller) {
        LedgerReportAnswer answer = reports.publish(LedgerReportKind.STAFF, query, threshold, caller);
        Lookup cells = new Lookup(answer);
        List<Row> rows = new ArrayList<>(List.of(cells.row("Årsarbetare (genomsnitt över perioden)", "total.fte"),
                cells.row("Personer", "total.headcount"), cells.row("Deltagare", "total.participants"),
                cells.row("Deltagare per årsarbetare", "total.participantsPerFte")));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("Personalresurser", cells.columns, rows, answer.manifest()));
        breakdown(blocks, cells, "Årsarbetare efter roll", "total.fteByRole.",
                key -> words.coded("ledger.role.", key), answer.manifest());
        breakdown(blocks, cells, "Årsarbetare efter arbetsgivare", "total.fteByEmployer.", words::party,
                answer.manifest());
        breakdown(blocks, cells, "Årsarbetare efter finansiär", "total.fteByPayer.", words::party, answer.manifest());
        return new Part(blocks, answer.manifest());
    }

    Part activities(ReportQuery query, OptionalInt threshold, Caller caller) {
        LedgerReportAnswer answer = reports.publish(LedgerReportKind.ACTIVITIES, query, threshold, caller);
        Lookup cells = new Lookup(answer);
        List<String> kinds = cells.ledgers("total.byKind.", ".activities");
        List<String> fields = List.of("activities", "sessions", "attendances", "uniqueParticipants",
                "attendancesPerSession");
        List<Row> rows = new ArrayList<>();
        kinds.forEach(kind -> rows.add(new Row(words.coded("ledger.kind.", kind), fields.stream()
                .map(field -> cells.now("total.byKind." + kind + "." + field)).toList(), false)));
        rows.add(new Row("Totalt", fields.stream().map(field -> cells.now("total.total." + field)).toList(), true));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table("Grupp- och strukturaktiviteter efter slag", Columns.of("Slag av aktivitet",
                "Aktiviteter", "Tillfällen", "Deltagartillfällen", "Unika deltagare", "Per tillfälle"), rows,
                answer.manifest()));
        blocks.add(new Table("Aktiviteter jämfört med föregående år", cells.columns, List.of(
                cells.row("Aktiviteter", "total.total.activities"), cells.row("Tillfällen", "total.total.sessions"),
                cells.row("Deltagartillfällen", "total.total.attendances"),
                cells.row("Unika deltagare", "total.total.uniqueParticipants"),
                cells.row("  varav kvinnor", "total.total.women"), cells.row("  varav män", "total.total.men")),
                answer.manifest()));
        return new Part(blocks, answer.manifest());
    }

    /** The goal-attainment table (target, result, last year, reached) and the latest assessment of each goal. */
    Part goals(ReportQuery query, OptionalInt threshold, Caller caller) {
        LedgerReportAnswer answer = reports.publish(LedgerReportKind.GOALS, query, threshold, caller);
        GoalFigures goals = (GoalFigures) answer.figures();
        List<Block> blocks = new ArrayList<>();
        if (goals.goals().isEmpty()) {
            return new Part(List.of(new Prose("Inga mål är registrerade för perioden.")), answer.manifest());
        }
        List<Row> rows = new ArrayList<>();
        StringBuilder assessments = new StringBuilder();
        for (GoalFigures.Goal goal : goals.goals().values()) {
            String reached = goal.reached() == null ? "" : goal.reached() ? " (nått)" : " (ej nått)";
            String label = goal.text() + (goal.area() == null ? "" : " – " + goal.area()) + reached;
            // A goal tied to a share has its target and result in percent, which the value's unit does not say.
            boolean share = goal.figure() != null && goal.figure().figure() != null
                    && DocumentCells.nationalUnit(goal.figure().figure(), false) == Unit.PERCENT;
            rows.add(new Row(label, List.of(goalCell(goal.target(), share, false), goalCell(goal.result(), share, false),
                    goalCell(goal.previousResult(), share, false), goalCell(goal.change(), share, true)), false));
            if (goal.assessment() != null) {
                String attainment = goal.assessment().attainment() == null ? ""
                        : words.coded("ledger.attainment.", goal.assessment().attainment()) + ": ";
                assessments.append("- ").append(goal.text()).append(": ").append(attainment)
                        .append(goal.assessment().text().replace('\n', ' ')).append(" (").append(goal.assessment().date())
                        .append(")\n");
            }
        }
        blocks.add(new Table("Måluppfyllelse", Columns.of("Mål", "Målvärde", "Utfall", "Föregående år",
                "Förändring"), rows, answer.manifest(), List.of("Utfallet räknas av journey för perioden ur det mått "
                + "målet är knutet till; mål utan mått bedöms i ord.")));
        if (!assessments.isEmpty()) {
            blocks.add(new Prose("Bedömningar:\n\n" + assessments.toString().strip()));
        }
        return new Part(blocks, answer.manifest());
    }

    private static Cell goalCell(Value value, boolean share, boolean change) {
        Cell cell = DocumentCells.ledger(value, change);
        if (share && cell instanceof Cell.Number number) {
            return new Cell.Number(number.value(), change ? Unit.PERCENTAGE_POINTS : Unit.PERCENT, 1, change, true);
        }
        return cell;
    }

    private void breakdown(List<Block> blocks, Lookup cells, String caption, String prefix,
                           Function<String, String> label, String manifest) {
        List<String> paths = cells.keys(prefix);
        if (!paths.isEmpty()) {
            blocks.add(new Table(caption, cells.columns, paths.stream()
                    .map(path -> cells.row(label.apply(path.substring(prefix.length())), path)).toList(), manifest));
        }
    }

    private String ledgerName(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : words.text("ledger.owner." + key.substring(0, colon)).replace("{0}",
                key.substring(colon + 1));
    }

    private static Series series(String name, List<Cell> cells) {
        return new Series(name, cells.stream().map(DocumentCells::chartValue).toList());
    }

    private static Chart chart(String title, List<String> categories, List<Series> series, String axis, Unit unit,
                               String manifest) {
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int i = 0; i < categories.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(categories.get(i));
            for (Series one : series) {
                BigDecimal value = one.values().get(i);
                text.append(", ").append(one.name()).append(" ").append(value == null ? "–" : value.toPlainString());
            }
        }
        return new Chart(ChartKind.BAR, title, text.toString(), categories, series, axis, unit, manifest);
    }

    /** A ledger report's cells by dotted path, this year, last year and the change. */
    private static final class Lookup {

        final Columns columns;
        private final Map<String, Value> now;
        private final Map<String, Value> before;
        private final Map<String, Value> change;

        Lookup(LedgerReportAnswer answer) {
            this.now = Cells.of(answer.figures());
            this.before = answer.previous() == null ? Map.of() : Cells.of(answer.previous().figures());
            this.change = answer.change() == null ? Map.of() : answer.change();
            PeriodWords period = new PeriodWords(LocalDate.parse(answer.period().from()),
                    LocalDate.parse(answer.period().to()));
            this.columns = period.columns();
        }

        Cell now(String path) {
            return DocumentCells.ledger(now.get(path), false);
        }

        Row row(String label, String path) {
            Value changed = change.get(path);
            Value then = before.get(path);
            boolean changeHidden = changed == null && (isHidden(now.get(path)) || isHidden(then));
            return new Row(label, List.of(now(path), DocumentCells.ledger(then, false),
                    changeHidden ? Cell.suppressed() : DocumentCells.ledger(changed, true)), false);
        }

        private static boolean isHidden(Value value) {
            return value != null && value.hidden();
        }

        /** The paths under a prefix, in the report's order. */
        List<String> keys(String prefix) {
            return now.keySet().stream().filter(path -> path.startsWith(prefix)).toList();
        }

        /** The keys of a map in the report (ledgers, kinds): the segment between the prefix and a field. */
        List<String> ledgers(String prefix, String field) {
            return now.keySet().stream().filter(path -> path.startsWith(prefix) && path.endsWith(field))
                    .map(path -> path.substring(prefix.length(), path.length() - field.length())).toList();
        }
    }
}
