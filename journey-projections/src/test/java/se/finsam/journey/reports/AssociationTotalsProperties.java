package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * An association's report is its initiatives' reports added up: on random raw histories of three initiatives,
 * every count of the three together is the sum of the counts of each alone, over the same journeys. And journeys
 * that cannot belong to the report (another initiative's, or dated years away from the period) change nothing.
 */
class AssociationTotalsProperties {

    private static final List<String> ASSOCIATION = List.of("fns", "vasteras", "sala");
    private static final String FOURTH = "avesta";

    @Property(tries = 200)
    void everyCountOfTheAssociationIsTheSumOfTheCountsOfItsInitiatives(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period) {
        ReportFigures whole = report(records, Set.copyOf(ASSOCIATION), period);
        List<ReportFigures> parts = ASSOCIATION.stream().map(i -> report(records, Set.of(i), period)).toList();
        Statistics.label("participants of the association").collect(bucket(whole.count("participants.total").get()));

        whole.cells().forEach((path, figure) -> {
            if (figure instanceof Figure.Count count) {
                List<String> union = parts.stream().flatMap(p -> p.members(path).orElse(List.of()).stream())
                        .sorted(Figure.CODE_POINT_ORDER).toList();
                assertThat(count.value()).as(path)
                        .isEqualTo(parts.stream().mapToInt(p -> p.count(path).orElse(0)).sum());
                assertThat(count.members()).as(path).isEqualTo(union);
            }
        });
    }

    @Property(tries = 100)
    void everyCountOfAnInitiativeIsACountOfTheAssociation(@ForAll("histories") List<JourneyEvent> records,
                                                          @ForAll("periods") ReportPeriod period) {
        ReportFigures whole = report(records, Set.copyOf(ASSOCIATION), period);

        for (String initiative : ASSOCIATION) {
            report(records, Set.of(initiative), period).cells().forEach((path, figure) -> {
                if (figure instanceof Figure.Count count) {
                    assertThat(whole.members(path)).as(path).hasValueSatisfying(
                            members -> assertThat(members).containsAll(count.members()));
                }
            });
        }
    }

    @Property(tries = 200)
    void journeysOfAFourthInitiativeOrDatedYearsAwayFromThePeriodChangeNoFigure(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period,
            @ForAll("seeds") List<Long> elsewhere, @ForAll("seeds") List<Long> before,
            @ForAll("seeds") List<Long> after, @ForAll long order) {
        List<List<JourneyEvent>> added = new ArrayList<>(RawHistories.journeys(elsewhere, List.of(FOURTH),
                "elsewhere-", RawHistories.EARLIEST, JourneyScript.TODAY, false));
        // Long over before the period: closed, withdrawn or voided, every record dated two years or more before it.
        added.addAll(RawHistories.journeys(before, ASSOCIATION, "before-", period.from().minusYears(8),
                period.from().minusYears(2), true));
        LocalDate firstAfter = period.to().plusYears(2);
        if (firstAfter.isBefore(JourneyScript.TODAY)) {
            added.addAll(RawHistories.journeys(after, ASSOCIATION, "after-", firstAfter, JourneyScript.TODAY, false));
        }
        List<JourneyEvent> together = new ArrayList<>(records);
        together.addAll(RawHistories.interleaved(added, new Random(order)));
        Statistics.label("journeys added").collect(bucket(added.size()));

        ReportFigures alone = report(records, Set.copyOf(ASSOCIATION), period);
        ReportFigures withOthers = report(together, Set.copyOf(ASSOCIATION), period);

        assertThat(withOthers.render()).isEqualTo(alone.render());
        assertThat(withOthers.cells()).isEqualTo(alone.cells());
    }

    /**
     * JourneyFactsReplica.relevant loads only journeys referred by {@code to} and not closed or withdrawn before
     * {@code from} (its SQL, restated here); the journeys it leaves out must count in no figure.
     */
    @Property(tries = 200)
    void journeysTheFactsQueryLeavesOutCountInNoFigure(@ForAll("histories") List<JourneyEvent> records,
                                                        @ForAll("periods") ReportPeriod period) {
        List<CurrentJourney> all = RawHistories.foldedByTheService(records, ASSOCIATION);
        List<CurrentJourney> loaded = all.stream().filter(j -> !j.referralDate().isAfter(period.to())
                && (j.closureDate() == null || !j.closureDate().isBefore(period.from()))
                && (j.withdrawalDate() == null || !j.withdrawalDate().isBefore(period.from()))).toList();
        Statistics.label("journeys left out").collect(bucket(all.size() - loaded.size()));

        assertThat(ParticipantReportDefinitions.compute(loaded, period).cells())
                .isEqualTo(ParticipantReportDefinitions.compute(all, period).cells());
    }

    @Provide
    Arbitrary<List<JourneyEvent>> histories() {
        return RawHistories.histories(ASSOCIATION, 40);
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return RawHistories.periods();
    }

    @Provide
    Arbitrary<List<Long>> seeds() {
        return Arbitraries.longs().list().ofMaxSize(6);
    }

    private static ReportFigures report(List<JourneyEvent> records, Set<String> scope, ReportPeriod period) {
        List<CurrentJourney> journeys = RawHistories.foldedByTheService(records, scope);
        return ParticipantReportDefinitions.compute(journeys, period);
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n <= 5 ? "1-5" : n <= 15 ? "6-15" : "16+";
    }
}
