package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.journey.CurrentJourney;

/**
 * The catalogue of 2026.1 ({@link NationalFigures}) is the report: every figure a report computes is a figure of
 * the catalogue under the name it was made with, every family of the catalogue is computed, laid out (or said not
 * to be), and what the catalogue says of each share and mean (its numerator, its denominator) is what the figures
 * are made of.
 */
class NationalFiguresProperties {

    @Property(tries = 200)
    void everyFigureOfAReportIsAFigureOfTheCatalogueUnderTheNameItWasMadeWith(
            @ForAll("journeys") List<CurrentJourney> journeys, @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(journeys, period);
        figures.cells().forEach((path, figure) -> {
            FigureName name = figures.name(path).orElseThrow();
            assertThat(NationalFigures.CATALOGUE.contains(name.family())).as(path).isTrue();
            assertThat(NationalFigures.CATALOGUE.resolve(path)).as(path).contains(name);
            assertThat(name.family().kind() == FigureKind.COUNT).as(path).isEqualTo(figure instanceof Figure.Count);
        });
    }

    @Property(tries = 200)
    void aShareIsItsNumeratorOverItsDenominatorAndAMeanIsTakenOverItsDenominatorsJourneys(
            @ForAll("journeys") List<CurrentJourney> journeys, @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(journeys, period);
        figures.cells().forEach((path, figure) -> {
            FigureName name = figures.name(path).orElseThrow();
            FigureName denominator = name.denominator();
            if (denominator == null) {
                return;
            }
            List<String> over = figures.members(denominator.path()).orElseThrow();
            assertThat(figure.population()).as(path + " is taken over " + denominator.path()).isEqualTo(over);
            if (name.family().kind() == FigureKind.SHARE) {
                int part = figures.count(name.numerator().path()).orElseThrow();
                assertThat(((Figure.Measure) figure).exact()).as(path)
                        .isEqualTo(over.isEmpty() ? null : Ratio.of(100L * part, over.size()));
            }
        });
    }

    @Example
    void everyFamilyOfTheCatalogueIsComputed() {
        Set<FigureFamily> computed = new HashSet<>();
        ReportFigures figures = TestJourney.figures(TestJourney.YEAR_2025,
                TestJourney.enrolled("with-unit", "2025-02-01").by(ReferringParty.MUNICIPALITY, "IFO").livingIn("1980"));
        figures.cells().keySet().forEach(path -> computed.add(figures.name(path).orElseThrow().family()));
        assertThat(computed).containsExactlyInAnyOrderElementsOf(NationalFigures.CATALOGUE.families());
    }

    @Example
    void everyFamilyIsLaidOutOnceOrSaidNotToBe() {
        Set<FigureFamily> laidOut = NationalLayout.LAYOUT.laidOut();
        assertThat(laidOut).doesNotContainAnyElementsOf(NationalLayout.NOT_LAID_OUT);
        Set<FigureFamily> all = new LinkedHashSet<>(laidOut);
        all.addAll(NationalLayout.NOT_LAID_OUT);
        assertThat(all).containsExactlyInAnyOrderElementsOf(NationalFigures.CATALOGUE.families());
        for (FigureFamily family : laidOut) {
            assertThat(NationalLayout.LAYOUT.placeOf(family)).as(family.name()).isPresent();
        }
    }

    @Example
    void everyShareAndMeanSaysWhatItIsTakenOverAndEveryFigureWhichRecordsDecideIt() {
        for (FigureFamily family : NationalFigures.CATALOGUE.families()) {
            assertThat(family.deciding()).as(family.name()).isNotEmpty();
            if (family.kind() != FigureKind.COUNT) {
                assertThat(family.population()).as(family.name()).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<List<CurrentJourney>> journeys() {
        return new ParticipantReportProperties().journeys();
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return new ParticipantReportProperties().periods();
    }
}
