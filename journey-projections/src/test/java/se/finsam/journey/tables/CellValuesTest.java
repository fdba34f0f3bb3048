package se.finsam.journey.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

/** Statistics of years in public support, summed as hundredths, stay exact whatever the years are. */
class CellValuesTest {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void yearsInPublicSupportOfOneDecimalGiveExactStatistics() throws Exception {
        TableFigures figures = years("4.5", "3", "10.0", "0.5");

        assertThat(exact(figures, "total/mean:yearsInPublicSupport")).isEqualTo(Ratio.of(18, 4));
        assertThat(exact(figures, "total/median:yearsInPublicSupport")).isEqualTo(Ratio.of(15, 4));
        assertThat(exact(figures, "total/min:yearsInPublicSupport")).isEqualTo(Ratio.of(1, 2));
        assertThat(exact(figures, "total/max:yearsInPublicSupport")).isEqualTo(Ratio.of(10));
    }

    @Test
    void yearsThatAreNoWholeNumberOfHundredthsOrTooManyForALongStayExactToo() throws Exception {
        TableFigures figures = years("0.125", "1E+17", "2");

        assertThat(exact(figures, "total/mean:yearsInPublicSupport"))
                .isEqualTo(Ratio.of(new BigDecimal("100000000000000002.125")).dividedBy(Ratio.of(3)));
        assertThat(exact(figures, "total/median:yearsInPublicSupport")).isEqualTo(Ratio.of(2));
        assertThat(exact(figures, "total/min:yearsInPublicSupport")).isEqualTo(Ratio.of(1, 8));
        assertThat(figures.render(Set.of()).get("total/min:yearsInPublicSupport")).isEqualTo(new BigDecimal("0.13"));
    }

    private static TableFigures years(String... years) throws Exception {
        TableDefinition definition = DefinitionReader.read(new ObjectMapper().readTree("""
                {"title": "x", "tables": [{"id": "t", "title": "t", "population": "participants",
                 "rows": {"by": "gender"}, "decimals": 2,
                 "values": ["mean:yearsInPublicSupport", "median:yearsInPublicSupport", "min:yearsInPublicSupport",
                            "max:yearsInPublicSupport"]}]}""")).definition();
        List<CurrentJourney> journeys = new java.util.ArrayList<>();
        for (int k = 0; k < years.length; k++) {
            journeys.add(new CurrentJourney("j" + k, "fns", LocalDate.of(2024, 3, 1), ReferringParty.SELF, null,
                    Gender.WOMAN, 1990, null, SupportSource.UNKNOWN, new BigDecimal(years[k]), LocalDate.of(2024, 4, 1),
                    null, null, List.of(), List.of()));
        }
        return TableEngine.compute(definition, List.of("fns"), CountedJourneys.of(JourneyColumns.of(journeys), YEAR))
                .get(0).current();
    }

    private static Ratio exact(TableFigures figures, String cell) {
        return ((Figure.Measure) figures.cells().get(cell)).exact();
    }
}
