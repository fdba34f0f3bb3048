package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.RandomJourneys.SCOPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import se.finsam.journey.journey.CurrentJourney;

class ParticipantReportProperties {

    private static final List<String> ORACLE_CELLS = List.of("participants.total", "participants.new",
            "participants.closed", "participants.byGender.WOMAN", "participants.byGender.NON_BINARY",
            "participants.newByReferringParty.MUNICIPALITY", "participants.newByReferringParty.SELF",
            "closures.standardTable.closures", "closures.standardTable.dropouts", "closures.standardTable.work",
            "closures.standardTable.medicalRehabilitation", "closures.standardTable.other");

    @Property(tries = 300)
    void theFiguresAreThoseOfAnIndependentPortOfTheOracle(@ForAll("journeys") List<CurrentJourney> journeys,
                                                          @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(inScope(journeys), period);

        assertThat(figures.render()).isEqualTo(IndependentReport.rounded(oracle(journeys, period).tree));
    }

    @Property(tries = 200)
    void theComparisonIsThatOfAnIndependentPortOfTheOracle(@ForAll("journeys") List<CurrentJourney> journeys,
                                                           @ForAll("periods") ReportPeriod period) {
        ReportComparison comparison = ReportComparison.compute(inScope(journeys), period);
        IndependentReport current = oracle(journeys, period);
        IndependentReport previous = new IndependentReport(journeys, Set.of(SCOPE),
                period.from().minusYears(1), period.to().minusYears(1));

        assertThat(comparison.previous()).isEqualTo(IndependentReport.rounded(previous.tree));
        assertThat(comparison.change()).isEqualTo(IndependentReport.change(current, previous));
    }

    @Property(tries = 200)
    void theLineageOfTheOraclesCellsIsTheOracles(@ForAll("journeys") List<CurrentJourney> journeys,
                                                 @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(inScope(journeys), period);
        IndependentReport oracle = oracle(journeys, period);

        for (String cell : ORACLE_CELLS) {
            assertThat(figures.members(cell)).as(cell).contains(oracle.members(cell));
        }
    }

    /** Lineage answers list {@code members(cell)}: for every count cell, as many entries as the figure. */
    @Property(tries = 200)
    void everyCountCellsLineageHasExactlyAsManyJourneysAsTheCellCounts(@ForAll("journeys") List<CurrentJourney> journeys,
                                                                       @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(inScope(journeys), period);
        Set<String> known = new java.util.HashSet<>(ids(journeys));
        int counts = 0;
        for (Map.Entry<String, Figure> cell : figures.cells().entrySet()) {
            if (cell.getValue() instanceof Figure.Count count) {
                counts++;
                List<String> lineage = figures.members(cell.getKey()).orElseThrow();
                assertThat(lineage).as(cell.getKey()).hasSize(count.value());
                assertThat(known).as(cell.getKey()).containsAll(lineage);
                assertThat(figures.population(cell.getKey()).orElseThrow()).as(cell.getKey())
                        .containsExactlyElementsOf(new java.util.TreeSet<>(lineage).stream()
                                .sorted(Figure.CODE_POINT_ORDER).toList());
            } else {
                assertThat(known).as(cell.getKey()).containsAll(figures.population(cell.getKey()).orElseThrow());
            }
        }
        assertThat(counts).isGreaterThan(100);
    }

    @Property(tries = 200)
    void aShareOrMeanIsTracedToTheJourneysItIsTakenOver(@ForAll("journeys") List<CurrentJourney> journeys,
                                                       @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(inScope(journeys), period);
        IndependentReport oracle = oracle(journeys, period);

        assertThat(figures.population("closures.shares.work")).contains(ids(oracle.measured));
        assertThat(figures.population("closures.greenOutcomes.share")).contains(ids(oracle.measured));
        assertThat(figures.population("throughputTime.medianMonths")).contains(ids(oracle.measured));
        assertThat(figures.population("throughputTime.meanMonthsByGender.MAN")).contains(ids(oracle.measured.stream()
                .filter(j -> j.gender().name().equals("MAN")).toList()));
        assertThat(figures.population("referrals.meanDaysToEnrolment")).contains(ids(oracle.fresh));
        figures.cells().forEach((path, figure) -> {
            if (figure instanceof Figure.Measure measure) {
                assertThat(measure.exact() == null).as(path).isEqualTo(measure.population().isEmpty());
            }
        });
    }

    @Property(tries = 200)
    void theFlowOfParticipantsAddsUp(@ForAll("journeys") List<CurrentJourney> journeys,
                                     @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(inScope(journeys), period);

        assertThat(value(figures, "participants.total"))
                .isEqualTo(value(figures, "participants.activeAtStart") + value(figures, "participants.new"));
        assertThat(value(figures, "participants.activeAtEnd"))
                .isEqualTo(value(figures, "participants.total") - value(figures, "participants.closed"));
        assertThat(value(figures, "closures.total")).isEqualTo(value(figures, "participants.closed"));
        assertThat(sum(figures, "closures.standardTable.", "closures")).isEqualTo(value(figures, "closures.total"));
        assertThat(sum(figures, "participants.byGender.", "")).isEqualTo(value(figures, "participants.total"));
    }

    @Property(tries = 200)
    void everyCountCellListsAsManyJourneysOfTheScopeAsItsValue(@ForAll("journeys") List<CurrentJourney> journeys,
                                                               @ForAll("periods") ReportPeriod period) {
        ReportFigures figures = ParticipantReportDefinitions.compute(inScope(journeys), period);
        List<String> scopeIds = inScope(journeys).stream().map(CurrentJourney::journeyId).toList();

        figures.cells().forEach((path, figure) -> {
            if (figure instanceof Figure.Count count) {
                List<String> members = figures.members(path).orElseThrow();
                assertThat(members).as(path).hasSize(count.value()).isSortedAccordingTo(Figure.CODE_POINT_ORDER);
                assertThat(scopeIds).as(path).containsAll(members);
                if (!path.equals("workTraining.trainings") && !path.endsWith(".count")
                        || path.equals("closures.greenOutcomes.count") || path.equals("throughputTime.count")) {
                    assertThat(members).as(path).doesNotHaveDuplicates();
                }
            }
        });
    }

    @Property(tries = 200)
    void journeysOfOtherInitiativesChangeNothingOnceTheScopeIsFiltered(
            @ForAll("journeys") List<CurrentJourney> journeys, @ForAll("journeys") List<CurrentJourney> others,
            @ForAll("periods") ReportPeriod period) {
        List<CurrentJourney> elsewhere = RandomJourneys.numbered(others.stream()
                .map(j -> withInitiative(j, "sala")).toList(), "other-");
        List<CurrentJourney> together = new ArrayList<>(journeys);
        together.addAll(elsewhere);

        assertThat(ParticipantReportDefinitions.compute(inScope(together), period).cells())
                .isEqualTo(ParticipantReportDefinitions.compute(inScope(journeys), period).cells());
    }

    @Property(tries = 200)
    void journeysWhollyOutsideThePeriodChangeNothing(@ForAll("journeys") List<CurrentJourney> journeys,
                                                     @ForAll("periods") ReportPeriod period, @ForAll long seed) {
        Random random = new Random(seed);
        List<CurrentJourney> outside = new ArrayList<>();
        for (int i = random.nextInt(10); i >= 0; i--) {
            outside.add(RandomJourneys.outside(random, period));
        }
        List<CurrentJourney> together = new ArrayList<>(journeys);
        together.addAll(RandomJourneys.numbered(outside, "outside-"));

        assertThat(ParticipantReportDefinitions.compute(inScope(together), period).cells())
                .isEqualTo(ParticipantReportDefinitions.compute(inScope(journeys), period).cells());
    }

    @Provide
    Arbitrary<List<CurrentJourney>> journeys() {
        return Arbitraries.randomValue(RandomJourneys::journey).list().ofMaxSize(40)
                .map(list -> RandomJourneys.numbered(list, "j-"));
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        Arbitrary<ReportPeriod> any = Combinators.combine(Arbitraries.integers().between(0, 1900),
                        Arbitraries.integers().between(0, 800))
                .as((start, length) -> new ReportPeriod(RandomJourneys.EARLIEST.plusDays(start),
                        RandomJourneys.EARLIEST.plusDays(start + length)));
        Arbitrary<ReportPeriod> months = Combinators.combine(Arbitraries.integers().between(0, 62),
                        Arbitraries.integers().between(0, 24))
                .as((start, length) -> new ReportPeriod(RandomJourneys.EARLIEST.plusMonths(start),
                        RandomJourneys.EARLIEST.plusMonths(start + length + 1).minusDays(1)));
        Arbitrary<ReportPeriod> leapDays = Arbitraries.of(
                new ReportPeriod(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)),
                new ReportPeriod(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 2, 29)),
                new ReportPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)),
                new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        return Arbitraries.frequencyOf(Tuple.of(5, any), Tuple.of(4, months), Tuple.of(1, leapDays));
    }

    private static List<String> ids(List<CurrentJourney> journeys) {
        return journeys.stream().map(CurrentJourney::journeyId).sorted(Figure.CODE_POINT_ORDER).toList();
    }

    private static IndependentReport oracle(List<CurrentJourney> journeys, ReportPeriod period) {
        return new IndependentReport(journeys, Set.of(SCOPE), period.from(), period.to());
    }

    /** What the caller does before computing: keep the scope's journeys. */
    private static List<CurrentJourney> inScope(List<CurrentJourney> journeys) {
        return journeys.stream().filter(j -> SCOPE.equals(j.initiative())).toList();
    }

    private static int value(ReportFigures figures, String path) {
        return figures.count(path).orElseThrow();
    }

    private static int sum(ReportFigures figures, String prefix, String except) {
        return figures.cells().entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && !e.getKey().equals(prefix + except))
                .mapToInt(e -> ((Figure.Count) e.getValue()).value()).sum();
    }

    private static CurrentJourney withInitiative(CurrentJourney j, String initiative) {
        return new CurrentJourney(j.journeyId(), initiative, j.referralDate(), j.referringParty(), j.referringUnit(),
                j.gender(), j.birthYear(), j.homeMunicipality(), j.supportBefore(), j.yearsInPublicSupport(),
                j.enrolmentDate(), j.withdrawalDate(), j.closure(), j.trainings(), j.assessments());
    }
}
