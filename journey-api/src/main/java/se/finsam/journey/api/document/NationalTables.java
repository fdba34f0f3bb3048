package se.finsam.journey.api.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.document.Block;
import se.finsam.journey.document.Cell;
import se.finsam.journey.document.Chart;
import se.finsam.journey.document.ChartKind;
import se.finsam.journey.document.Columns;
import se.finsam.journey.document.Row;
import se.finsam.journey.document.Series;
import se.finsam.journey.document.Table;
import se.finsam.journey.document.Unit;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.Suppression;

/**
 * The participant report's tables and charts for the document, from one publication with last year
 * ({@code compare=previous}): each table a group of the report's cells, this period beside last year's and the
 * change, under the publication's manifest id; a cell hidden by small-number protection is the model's hidden cell.
 */
final class NationalTables {

    private final Published<ReportService.Computed, Suppression> published;
    private final DocumentWords words;
    private final Columns columns;
    private final Map<String, Figure> now;
    private final Map<String, Figure> before;
    private final Map<String, Object> change;
    private final Set<String> hidden;
    private final Set<String> hiddenBefore;

    NationalTables(Published<ReportService.Computed, Suppression> published, DocumentWords words,
                   PeriodWords period) {
        this.published = published;
        this.words = words;
        this.columns = period.columns();
        ReportService.Computed computed = published.figures();
        Suppression suppression = published.suppression();
        this.now = computed.figures().cells();
        this.before = computed.comparison().previousFigures().cells();
        this.change = suppression == null ? computed.comparison().change() : suppression.change();
        this.hidden = suppression == null ? Set.of() : Set.copyOf(suppression.cells());
        this.hiddenBefore = suppression == null ? Set.of() : Set.copyOf(suppression.previousCells());
    }

    String manifest() {
        return published.manifest();
    }

    long position() {
        return published.figures().position();
    }

    /** The participants: how many, new, active, by gender and age, by referring party and support before. */
    List<Block> participants() {
        List<Block> blocks = new ArrayList<>();
        add(blocks, "Deltagare under perioden", List.of("participants.total", "participants.new",
                "participants.activeAtStart", "participants.activeAtEnd", "participants.closed"));
        add(blocks, "Deltagare efter kön", prefixed("participants.byGender."));
        add(blocks, "Deltagare efter ålder", prefixed("participants.byAgeBand."));
        add(blocks, "Anvisningar", prefixed("referrals."));
        add(blocks, "Nya deltagare efter remitterande part", prefixed("participants.newByReferringParty."));
        add(blocks, "Deltagare efter remitterande part", prefixed("participants.byReferringParty."));
        chart(blocks, ChartKind.HORIZONTAL_BAR, "Deltagare efter remitterande part",
                prefixed("participants.byReferringParty."), "Antal deltagare", Unit.COUNT);
        add(blocks, "Försörjning före insatsen", prefixed("participants.bySupportBefore."));
        add(blocks, "Tid i offentlig försörjning före insatsen", prefixed("participants.byTimeInPublicSupport."));
        return blocks;
    }

    /** Closures and their results, throughput time, work training and assessments. */
    List<Block> results() {
        List<Block> blocks = new ArrayList<>();
        List<String> closures = new ArrayList<>(List.of("closures.total", "closures.dropouts"));
        closures.addAll(prefixed("closures.standardTable.").stream()
                .filter(path -> !path.endsWith(".closures") && !path.endsWith(".dropouts")).toList());
        closures.addAll(List.of("closures.greenOutcomes.count", "closures.greenOutcomes.share",
                "closures.workSubsidised", "closures.workUnsubsidised"));
        add(blocks, "Avslut och utfall", closures);
        add(blocks, "Andel av mätbara avslut per utfall", prefixed("closures.shares."));
        chart(blocks, ChartKind.BAR, "Utfall av avslutade insatser (andel av mätbara avslut)",
                prefixed("closures.shares."), "Andel (%)", Unit.PERCENT);
        add(blocks, "Avslutsorsak", prefixed("closures.byCause."));
        add(blocks, "Försörjning efter insatsen", prefixed("closures.bySupportAfter."));
        add(blocks, "Genomströmningstid", prefixed("throughputTime."));
        add(blocks, "Arbetsträning", prefixed("workTraining."));
        add(blocks, "Skattningar", prefixed("assessments."));
        return blocks;
    }

    private List<String> prefixed(String prefix) {
        return now.keySet().stream().filter(path -> path.startsWith(prefix)).toList();
    }

    private void add(List<Block> blocks, String caption, List<String> paths) {
        List<Row> rows = paths.stream().filter(now::containsKey).filter(Predicate.not(this::emptyInBoth))
                .map(this::row).toList();
        if (!rows.isEmpty()) {
            blocks.add(new Table(caption, columns, rows, published.manifest()));
        }
    }

    /** A breakdown's key that counts nobody in either year is left out, as the seed reports leave it out. */
    private boolean emptyInBoth(String path) {
        return isZeroOrNone(now.get(path)) && isZeroOrNone(before.get(path))
                && se.finsam.journey.reports.NationalFigures.CATALOGUE.resolve(path)
                .map(figure -> figure.key() != null).orElse(false);
    }

    private static boolean isZeroOrNone(Figure figure) {
        return figure == null || figure.rendered() == null || "0".equals(figure.rendered().toString());
    }

    private Row row(String path) {
        Figure then = before.get(path);
        boolean changeHidden = change.containsKey(path) && change.get(path) == null;
        return new Row(words.rowLabel(path), List.of(
                DocumentCells.national(path, now.get(path).rendered(), hidden.contains(path), false),
                DocumentCells.national(path, then == null ? null : then.rendered(), hiddenBefore.contains(path), false),
                DocumentCells.national(path, change.get(path), changeHidden, true)), false);
    }

    /** A chart of this period beside last year's, of the cells shown in the tables (hidden ones are not drawn). */
    private void chart(List<Block> blocks, ChartKind kind, String title, List<String> paths, String axis, Unit unit) {
        List<String> drawn = paths.stream().filter(path -> !emptyInBoth(path)).toList();
        if (drawn.isEmpty()) {
            return;
        }
        List<BigDecimal> thisPeriod = new ArrayList<>();
        List<BigDecimal> lastYear = new ArrayList<>();
        for (String path : drawn) {
            Row row = row(path);
            thisPeriod.add(DocumentCells.chartValue(row.cells().get(0)));
            lastYear.add(DocumentCells.chartValue(row.cells().get(1)));
        }
        if (thisPeriod.stream().allMatch(value -> value == null)) {
            return;
        }
        List<String> categories = drawn.stream().map(words::rowLabel).toList();
        StringBuilder words = new StringBuilder(title).append(": ");
        for (int i = 0; i < drawn.size(); i++) {
            Cell shown = row(drawn.get(i)).cells().get(0);
            words.append(i == 0 ? "" : "; ").append(categories.get(i)).append(" ").append(shown.text());
        }
        blocks.add(new Chart(kind, title, words.toString(), categories, List.of(
                new Series(columns.leaves().get(0), thisPeriod), new Series(columns.leaves().get(1), lastYear)),
                axis, unit, published.manifest()));
    }
}
