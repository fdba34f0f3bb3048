package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * From raw records to published figures: on random histories that the journey rules accept, corrections and
 * voided journeys included, the service's fold and figures agree with oracle.py's fold of the raw records
 * ({@link RawRecordFold}) fed to the independent port of its report ({@link IndependentReport}).
 */
class JourneyHistoryProperties {

    private static final List<String> INITIATIVES = List.of("fns", "vasteras", "sala");
    private static final List<Set<String>> SCOPES = List.of(Set.of("fns"), Set.of("vasteras", "sala"),
            Set.copyOf(INITIATIVES));
    private static final List<String> ORACLE_CELLS = List.of("participants.total", "participants.new",
            "participants.closed", "participants.byGender.WOMAN", "participants.byGender.NON_BINARY",
            "participants.newByReferringParty.MUNICIPALITY", "closures.standardTable.closures",
            "closures.standardTable.dropouts", "closures.standardTable.work", "closures.standardTable.other");

    @Property(tries = 200)
    void everyFigureOfRawHistoriesIsTheOraclesFoldedFromTheRawRecords(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period) {
        Corrections.collectAndRequire(records);
        List<CurrentJourney> oraclesJourneys = RawRecordFold.journeysFrom(records);
        Statistics.label("participants of the period").collect(bucket(new IndependentReport(oraclesJourneys,
                Set.copyOf(INITIATIVES), period.from(), period.to()).part.size()));

        for (Set<String> scope : SCOPES) {
            ReportFigures figures = ParticipantReportDefinitions.compute(
                    RawHistories.foldedByTheService(records, scope), period);
            IndependentReport oracle = new IndependentReport(oraclesJourneys, scope, period.from(), period.to());

            assertSameFigures(figures.render(), IndependentReport.rounded(oracle.tree), "scope " + scope);
        }
    }

    @Property(tries = 100)
    void theComparisonWithTheYearBeforeIsTheOraclesFoldedFromTheRawRecords(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period) {
        Set<String> scope = Set.copyOf(INITIATIVES);
        ReportComparison comparison = ReportComparison.compute(RawHistories.foldedByTheService(records, scope), period);
        List<CurrentJourney> oraclesJourneys = RawRecordFold.journeysFrom(records);
        IndependentReport current = new IndependentReport(oraclesJourneys, scope, period.from(), period.to());
        ReportPeriod earlier = ReportComparison.previousPeriod(period);
        IndependentReport previous = new IndependentReport(oraclesJourneys, scope, earlier.from(), earlier.to());

        assertSameFigures(comparison.previous(), IndependentReport.rounded(previous.tree), "previous");
        assertThat(comparison.change()).isEqualTo(IndependentReport.change(current, previous));
    }

    @Property(tries = 100)
    void theJourneysBehindACountAreThoseTheOracleCountsFromTheRawRecords(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period) {
        Set<String> scope = Set.copyOf(INITIATIVES);
        ReportFigures figures = ParticipantReportDefinitions.compute(
                RawHistories.foldedByTheService(records, scope), period);
        IndependentReport oracle = new IndependentReport(RawRecordFold.journeysFrom(records), scope,
                period.from(), period.to());

        for (String cell : ORACLE_CELLS) {
            assertThat(figures.members(cell)).as(cell)
                    .contains(oracle.members(cell).stream().sorted(Figure.CODE_POINT_ORDER).toList());
        }
    }

    @Property(tries = 100)
    void voidedJourneysCountNowhere(@ForAll("histories") List<JourneyEvent> records,
                                    @ForAll("periods") ReportPeriod period) {
        Set<String> scope = Set.copyOf(INITIATIVES);
        Set<String> kept = Set.copyOf(RawRecordFold.journeysFrom(records).stream().map(CurrentJourney::journeyId)
                .toList());
        Statistics.label("journeys voided").collect(RawHistories.byJourney(records).size() - kept.size());
        ReportFigures figures = ParticipantReportDefinitions.compute(
                RawHistories.foldedByTheService(records, scope), period);

        figures.cells().forEach((path, figure) -> assertThat(kept).as(path).containsAll(figure.population()));
    }

    /** Cell by cell, so that a failure names the cell (Map.equals would print two whole reports). */
    @SuppressWarnings("unchecked")
    private static void assertSameFigures(Map<String, Object> actual, Object expected, String description) {
        Map<String, Object> cells = flattened(actual, "");
        Map<String, Object> expectedCells = flattened((Map<String, Object>) expected, "");
        assertThat(cells.keySet()).as(description).containsExactlyInAnyOrderElementsOf(expectedCells.keySet());
        expectedCells.forEach((path, value) ->
                assertThat(cells.get(path)).as(description + ": " + path).isEqualTo(value));
    }

    private static Map<String, Object> flattened(Map<String, Object> tree, String prefix) {
        Map<String, Object> cells = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> section = (Map<String, Object>) map;
                cells.putAll(flattened(section, prefix + key + "."));
            } else {
                cells.put(prefix + key, value);
            }
        });
        return cells;
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n <= 3 ? "1-3" : n <= 8 ? "4-8" : "9+";
    }

    @Provide
    Arbitrary<List<JourneyEvent>> histories() {
        return RawHistories.histories(INITIATIVES, 50);
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return RawHistories.periods();
    }
}
