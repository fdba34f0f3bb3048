package se.finsam.journey.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model refuses what no renderer could print sensibly, with a message that names the part. */
class ReportDocumentTests {

    private static final TitlePage TITLE = new TitlePage("Årsrapport 2025", "Team", null,
            new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), LocalDate.of(2026, 1, 15),
            new Provenance(10, null));

    @Test
    void aRowWithTooFewCellsForItsColumnsIsRefused() {
        assertThatThrownBy(() -> new Table("Avslut", Columns.of("", "antal", "andel"),
                List.of(Row.of("Arbete", Cell.count(3))), "m-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row \"Arbete\" of table \"Avslut\" has 1 cells for 2 columns");
    }

    @Test
    void aTableWithoutAManifestIdIsRefused() {
        assertThatThrownBy(() -> new Table("Avslut", Columns.of("", "antal"), List.of(Row.of("A", Cell.count(1))),
                " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the manifest id of table \"Avslut\" must not be empty");
    }

    @Test
    void aChartWithoutATextAlternativeIsRefused() {
        assertThatThrownBy(() -> Chart.of(ChartKind.BAR, "Nya", "", List.of("2025"), List.of(Series.of("Nya", 3)),
                Unit.COUNT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text alternative of chart \"Nya\" must not be empty");
    }

    @Test
    void aPieOfTwoSeriesOrWithANegativeShareIsRefused() {
        assertThatThrownBy(() -> Chart.of(ChartKind.PIE, "Andelar", "Text", List.of("a", "b"),
                List.of(Series.of("x", 1, 2), Series.of("y", 3, 4)), Unit.COUNT))
                .hasMessage("a PIE chart shows one series; \"Andelar\" has 2");
        assertThatThrownBy(() -> Chart.of(ChartKind.DONUT, "Andelar", "Text", List.of("a", "b"),
                List.of(Series.of("x", 1, -2)), Unit.COUNT))
                .hasMessage("a DONUT chart shows shares; \"Andelar\" has a negative value");
    }

    @Test
    void aSeriesWithTooFewValuesIsRefused() {
        assertThatThrownBy(() -> Chart.of(ChartKind.LINE, "Tid", "Text", List.of("jan", "feb"),
                List.of(Series.of("Månader", 20.1)), Unit.MONTHS))
                .hasMessage("series \"Månader\" of chart \"Tid\" has 1 values for 2 categories");
    }

    @Test
    void headingsDeeperThanThreeLevelsAreRefused() {
        Section fourth = Section.of("Fyra", new Prose("text"));
        Section tree = Section.of("Ett", Section.of("Två", Section.of("Tre", fourth)));
        assertThatThrownBy(() -> ReportDocument.of(TITLE, List.of(tree)))
                .hasMessage("headings go 3 levels deep at most; \"Fyra\" would be level 4");
    }

    @Test
    void aPeriodEndsOnOrAfterItsFirstDay() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
                .hasMessage("a period ends on or after its first day: 2025-02-01 – 2025-01-31");
    }

    @Test
    void tablesAndChartsAreNumberedInReadingOrderAcrossSections() {
        List<ReadingOrder.Part> parts = ReadingOrder.of(SmallDocument.document());
        assertThat(parts.stream().filter(ReadingOrder.NumberedTable.class::isInstance)
                .map(part -> ((ReadingOrder.NumberedTable) part).number() + " "
                        + ((ReadingOrder.NumberedTable) part).table().caption()))
                .containsExactly("1 Avslut efter orsak, 2025 jämfört med 2024", "2 Tilldelning och utfall");
        assertThat(parts.stream().filter(ReadingOrder.NumberedChart.class::isInstance)
                .map(part -> ((ReadingOrder.NumberedChart) part).number())).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ReadingOrder.headings(parts)).extracting(heading -> heading.level() + " " + heading.text())
                .containsExactly("1 Årets resultat", "2 Avslut och försörjning", "3 Överst i förändringen",
                        "1 Ekonomi", "1 Diagram");
        assertThat(ReadingOrder.headings(parts)).extracting(ReadingOrder.Heading::anchor).doesNotHaveDuplicates();
    }

    @Test
    void onlyATableWithAHiddenCellGetsTheFootnote() {
        assertThat(SmallDocument.outcomes().hasSuppressedCells()).isTrue();
        assertThat(SmallDocument.money().hasSuppressedCells()).isFalse();
    }
}
