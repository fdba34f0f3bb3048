package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableFigures;
import se.finsam.journey.tables.TableSuppression;

/**
 * Small-cell protection of analysts' tables, on random journeys and definitions (each table showing its counts):
 * no shown count is 1 to N−1; no row or column of a table has exactly one hidden count (so none can be worked out
 * from its total), except along work-training sectors, which do not add up; a share is never shown beside a
 * hidden count it is worked out from, nor a share or statistic over fewer than N journeys; and under a
 * comparison both years hide the same cells.
 */
class TableSuppressionProperties {

    @Property(tries = 300)
    void noPublishedCellGivesAwayASmallCount(@ForAll("journeys") List<CurrentJourney> journeys,
                                             @ForAll("periods") ReportPeriod period,
                                             @ForAll("definitions") ObjectNode document,
                                             @ForAll @IntRange(min = 2, max = 6) int threshold, @ForAll boolean compare) {
        for (ComputedTable table : TableLanguageProperties.compute(document, journeys, Set.of("fns", "vasteras"),
                period, compare)) {
            TableSuppression.Hidden hidden = TableSuppression.of(table, threshold);
            Statistics.label("hidden cells").collect(hidden.cells().isEmpty() ? "none" : "some");
            protectedBy(table.current(), hidden.cells(), threshold);
            if (compare) {
                protectedBy(table.previous(), hidden.previousCells(), threshold);
                table.current().cells().forEach((key, figure) -> {
                    if (hasValue(figure) && hasValue(table.previous().cells().get(key))) {
                        assertThat(hidden.cells().contains(key)).as(key).isEqualTo(hidden.previousCells().contains(key));
                    }
                });
                table.change(hidden.either()).forEach((key, change) -> {
                    if (hidden.either().contains(key)) {
                        assertThat(change).as(key).isNull();
                    }
                });
            }
        }
    }

    private static void protectedBy(TableFigures figures, Set<String> hidden, int threshold) {
        assertThat(figures.cells().keySet()).containsAll(hidden);
        figures.cells().forEach((key, figure) -> {
            if (hidden.contains(key)) {
                return;
            }
            if (figure instanceof Figure.Count count) {
                assertThat(count.value()).as(key).satisfiesAnyOf(v -> assertThat(v).isZero(),
                        v -> assertThat(v).isGreaterThanOrEqualTo(threshold));
            } else if (((Figure.Measure) figure).exact() != null) {
                assertThat(figure.population().size()).as(key).isGreaterThanOrEqualTo(threshold);
            }
        });
        List<String> rows = figures.rows();
        List<String> columns = figures.columns().isEmpty() ? java.util.Collections.singletonList(null) : figures.columns();
        String rowsBy = figures.spec().rows().by().wireName();
        if (!rowsBy.equals("workTrainingSector")) {
            for (String column : columns) {
                List<String> group = new ArrayList<>();
                rows.forEach(row -> group.add(key(row, column)));
                assertNotOneHidden(group, hidden);
            }
        }
        if (figures.spec().hasColumns() && !figures.spec().columns().by().wireName().equals("workTrainingSector")) {
            for (String row : rows) {
                List<String> group = new ArrayList<>();
                columns.forEach(column -> group.add(key(row, column)));
                assertNotOneHidden(group, hidden);
            }
        }
        for (String key : figures.cells().keySet()) {
            String value = key.substring(key.lastIndexOf('/') + 1);
            if (value.startsWith("share") && !hidden.contains(key) && hasValue(figures.cells().get(key))) {
                String cell = key.substring(0, key.lastIndexOf('/'));
                assertThat(hidden).as(key).doesNotContain(cell + "/count");
            }
        }
    }

    private static void assertNotOneHidden(List<String> group, Set<String> hidden) {
        assertThat(group.stream().filter(hidden::contains).count()).as(group.toString()).isNotEqualTo(1L);
    }

    private static String key(String row, String column) {
        return (column == null ? row : row + "/" + column) + "/count";
    }

    private static boolean hasValue(Figure figure) {
        return figure instanceof Figure.Count || figure instanceof Figure.Measure measure && measure.exact() != null;
    }

    @Provide
    Arbitrary<List<CurrentJourney>> journeys() {
        return new TableLanguageProperties().journeys();
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return new ParticipantReportProperties().periods();
    }

    /** Random definitions whose tables all show their counts. */
    @Provide
    Arbitrary<ObjectNode> definitions() {
        return new TableLanguageProperties().definitions().map(document -> {
            for (JsonNode table : document.get("tables")) {
                ArrayNode values = (ArrayNode) table.get("values");
                if (!values.toString().contains("\"count\"")) {
                    values.insert(0, "count");
                }
            }
            return document;
        });
    }
}
