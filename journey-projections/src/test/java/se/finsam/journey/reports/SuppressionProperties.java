package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.RandomJourneys.SCOPE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.finsam.journey.journey.CurrentJourney;

/** Small-cell protection over random teams: nothing small is shown, and nothing hidden can be worked out. */
class SuppressionProperties {

    @Property(tries = 300)
    void noShownCountIsSmallAndNoGroupHasExactlyOneHiddenCell(@ForAll("journeys") List<CurrentJourney> journeys,
                                                               @ForAll("periods") ReportPeriod period,
                                                               @ForAll @IntRange(min = 2, max = 10) int threshold) {
        ReportFigures figures = ParticipantReportDefinitions.compute(journeys, period);

        Suppression suppression = Suppression.of(figures, threshold);

        assertProtected(figures, suppression.cells(), threshold);
        assertThat(suppression.previousCells()).isEmpty();
    }

    @Property(tries = 200)
    void bothYearsOfAComparisonAreProtectedAndHideTheSameCells(@ForAll("journeys") List<CurrentJourney> journeys,
                                                               @ForAll("periods") ReportPeriod period,
                                                               @ForAll @IntRange(min = 2, max = 10) int threshold) {
        ReportComparison comparison = ReportComparison.compute(journeys, period);

        Suppression suppression = Suppression.of(comparison, threshold);

        assertProtected(comparison.current(), suppression.cells(), threshold);
        assertProtected(comparison.previousFigures(), suppression.previousCells(), threshold);
        Map<String, Object> change = suppression.change();
        change.forEach((path, difference) -> assertThat(difference == null).as(path)
                .isEqualTo(suppression.cells().contains(path) || suppression.previousCells().contains(path)));
        for (String path : change.keySet()) {
            assertThat(suppression.cells().contains(path)).as(path)
                    .isEqualTo(suppression.previousCells().contains(path));
        }
    }

    @Property(tries = 100)
    void theShownCellsKeepTheirValuesAndTheHiddenOnesAreNull(@ForAll("journeys") List<CurrentJourney> journeys,
                                                             @ForAll("periods") ReportPeriod period,
                                                             @ForAll @IntRange(min = 2, max = 10) int threshold) {
        ReportFigures figures = ParticipantReportDefinitions.compute(journeys, period);
        Suppression suppression = Suppression.of(figures, threshold);
        Set<String> hidden = new HashSet<>(suppression.cells());

        Map<String, Figure> shown = new HashMap<>();
        figures.cells().forEach((path, figure) -> {
            if (!hidden.contains(path)) {
                shown.put(path, figure);
            }
        });

        assertThat(figures.render(Set.of())).isEqualTo(figures.render());
        assertThat(leaves(suppression.render(), "")).containsAllEntriesOf(rendered(shown));
        hidden.forEach(path -> assertThat(leaves(suppression.render(), "")).containsEntry(path, null));
    }

    private static void assertProtected(ReportFigures figures, List<String> hiddenCells, int threshold) {
        Set<String> hidden = new HashSet<>(hiddenCells);
        assertThat(figures.cells().keySet()).containsAll(hidden);
        figures.cells().forEach((path, figure) -> {
            if (hidden.contains(path)) {
                return;
            }
            if (figure instanceof Figure.Count count) {
                assertThat(count.value() == 0 || count.value() >= threshold).as(path + " = " + count.value()).isTrue();
            } else if (((Figure.Measure) figure).exact() != null) {
                assertThat(figure.population()).as(path).hasSizeGreaterThanOrEqualTo(threshold);
                if (path.startsWith("closures.shares.")) {
                    assertThat(hidden).as(path).doesNotContain("throughputTime.count",
                            path.replace("closures.shares.", "closures.standardTable."));
                }
            }
        });
        SuppressionTest.assertNoHiddenCellCanBeWorkedOut(figures, hiddenCells);
    }

    /** Rendered sections flattened to dotted paths, keys joined as they are (never split). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> leaves(Map<String, Object> rendered, String prefix) {
        Map<String, Object> leaves = new HashMap<>();
        rendered.forEach((key, value) -> {
            if (value instanceof Map<?, ?> table) {
                leaves.putAll(leaves((Map<String, Object>) table, prefix + key + "."));
            } else {
                leaves.put(prefix + key, value);
            }
        });
        return leaves;
    }

    private static Map<String, Object> rendered(Map<String, Figure> cells) {
        Map<String, Object> rendered = new HashMap<>();
        cells.forEach((path, figure) -> rendered.put(path, figure.rendered()));
        return rendered;
    }

    @Provide
    Arbitrary<List<CurrentJourney>> journeys() {
        return Arbitraries.randomValue(RandomJourneys::journey).list().ofMaxSize(40)
                .map(list -> RandomJourneys.numbered(list, "j-").stream()
                        .filter(journey -> SCOPE.equals(journey.initiative())).toList());
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 62), Arbitraries.integers().between(0, 24))
                .as((start, length) -> new ReportPeriod(RandomJourneys.EARLIEST.plusMonths(start),
                        RandomJourneys.EARLIEST.plusMonths(start + length + 1).minusDays(1)));
    }
}
