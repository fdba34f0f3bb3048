package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import static se.finsam.journey.reports.NationalFigures.*;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.Keys;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableFigures;

/**
 * Wherever the national report (2026.1) and a table define the same figure, they give the identical number: every
 * count, share and mean of the participant report that the table language can express, written as one definition
 * of tables, on random journeys and periods, with the journeys behind each count and the population of each
 * share and mean, and with {@code compare=previous} the previous year and the change too.
 */
class TablesEqualNationalProperties {

    private static final String GENDER = "{'by': 'gender'}";
    private static final String GREEN = "{'by': 'standardOutcome', 'groups': [{'label': 'green', 'codes': "
            + "['work', 'studies', 'activeJobSeeking', 'continuedRehabilitation']}]}";
    /** The national report as tables: 2026.1's figures, each by a table of the language. */
    private static final ObjectNode NATIONAL = document(
            table("participants", "participants", GENDER, "count"),
            table("new", "new", GENDER, "count"),
            table("at-start", "activeAtStart", GENDER, "count"),
            table("at-end", "activeAtEnd", GENDER, "count"),
            table("closed", "closures", "{'by': 'closureCause'}", "count"),
            table("age-bands", "participants", "{'by': 'ageBand', 'bands': [[16, 29], [30, 44], [45, 59], [60, 67], [0, 15], "
                    + "[68, null]]}",
                    "count"),
            table("party", "participants", "{'by': 'referringParty'}", "count"),
            table("new-party", "new", "{'by': 'referringParty'}", "count"),
            table("unit", "participants", "{'by': 'referringUnit'}", "count"),
            table("new-unit", "new", "{'by': 'referringUnit'}", "count"),
            table("support", "participants", "{'by': 'supportBefore'}", "count"),
            table("new-support", "new", "{'by': 'supportBefore'}", "count"),
            table("years", "participants", "{'by': 'yearsInPublicSupport', 'bands': [[0, 0], [1, 3], [4, 6], [7, 9], "
                    + "[10, null]]}", "count"),
            table("municipality", "participants", "{'by': 'homeMunicipality'}", "count"),
            table("support-after", "closures", "{'by': 'supportAfter'}", "count"),
            table("standard", "closures", "{'by': 'standardOutcome'}", "count"),
            table("shares", "measuredClosures", "{'by': 'standardOutcome'}", "count', 'shareOfTotal"),
            table("green", "closures", GREEN, "count"),
            table("green-share", "measuredClosures", GREEN, "shareOfTotal"),
            table("subsidised", "closures", "{'by': 'subsidisedEmployment'}", "count"),
            table("measured", "measuredClosures", GENDER, "mean:age', 'mean:yearsInPublicSupport', "
                    + "'mean:throughputMonths', 'median:throughputMonths"),
            table("referrals", "referrals", GENDER, "count"),
            table("withdrawals", "withdrawals", GENDER, "count"),
            table("waiting", "waitingAtEnd", GENDER, "count"),
            table("new-days", "new", GENDER, "mean:daysToEnrolment"),
            table("training", "workTraining", "{'by': 'workTrainingSector'}", "count"));

    /** Figures no table can express: placements counted per placement, and assessments. */
    private static final Set<FigureFamily> NOT_EXPRESSIBLE = Set.of(TRAININGS, SCORES_COUNT, SCORED, SCORE_MIN,
            SCORE_MAX, SCORE_MEAN, IMPROVED, UNCHANGED, WORSENED);
    /** The table's bands for the buckets of completed years in public support. */
    private static final Map<String, String> YEARS_BANDS = Map.of("<1", "0-0", "1-3", "1-3", "4-6", "4-6", "7-9",
            "7-9", ">9", "10+", "NOT_APPLICABLE", "NOT_APPLICABLE");
    /** The table's bands for the ages outside the four bands of 2026.1. */
    private static final Map<String, String> OUTSIDE_BANDS = Map.of("under-16", "0-15", "over-67", "68+");

    @Property(tries = 300)
    void everyNationalFigureATableCanExpressIsTheTablesFigure(@ForAll("journeys") List<CurrentJourney> journeys,
                                                               @ForAll("periods") ReportPeriod period) {
        JourneyColumns columns = JourneyColumns.of(journeys.stream().filter(j -> j.initiative().equals(RandomJourneys.SCOPE)).toList());
        ReportFigures national = ParticipantReportDefinitions.compute(columns, period);
        Map<String, ComputedTable> tables = tables(TableLanguageProperties.compute(NATIONAL, journeys,
                Set.of(RandomJourneys.SCOPE), period, false));

        Map<String, TableCell> same = sameFigures(national, tables, false);
        same.forEach((path, cell) -> assertSame(path, national.cells().get(path), cell.figure(tables, false)));
        Set<String> uncovered = new HashSet<>(national.cells().keySet());
        uncovered.removeAll(same.keySet());
        uncovered.removeIf(path -> NOT_EXPRESSIBLE.contains(national.name(path).orElseThrow().family()));
        assertThat(uncovered).as("national figures without a table").isEmpty();
    }

    @Property(tries = 150)
    void theComparisonWithTheYearBeforeIsTheNationalComparison(@ForAll("journeys") List<CurrentJourney> journeys,
                                                                @ForAll("periods") ReportPeriod period) {
        ReportPeriod loaded = new ReportPeriod(period.oneYearEarlier().from(), period.to());
        JourneyColumns columns = JourneyColumns.mayCount(List.of(JourneyColumns.of(journeys.stream()
                .filter(j -> j.initiative().equals(RandomJourneys.SCOPE)).toList())), loaded);
        ReportComparison national = ReportComparison.compute(columns, period);
        Map<String, ComputedTable> tables = tables(TableLanguageProperties.compute(NATIONAL, journeys,
                Set.of(RandomJourneys.SCOPE), period, true));

        sameFigures(national.previousFigures(), tables, true).forEach((path, cell) ->
                assertSame(path, national.previousFigures().cells().get(path), cell.figure(tables, true)));
        Map<String, Object> change = national.change();
        sameFigures(national.current(), tables, false).forEach((path, cell) -> {
            if (change.containsKey(path)) {
                assertThat(tables.get(cell.table()).change(Set.of()).get(cell.key())).as(path).isEqualTo(change.get(path));
            }
        });
    }

    /** A national figure's table and cell key. */
    record TableCell(String table, String key) {

        Figure figure(Map<String, ComputedTable> tables, boolean previous) {
            ComputedTable table = tables.get(this.table);
            TableFigures figures = previous ? table.previous() : table.current();
            return figures.cells().get(key);
        }
    }

    /** Per national figure (of this year's or last year's report) the table cell that must equal it. */
    private static Map<String, TableCell> sameFigures(ReportFigures national, Map<String, ComputedTable> tables,
                                                      boolean previous) {
        Map<String, TableCell> same = new LinkedHashMap<>();
        same.put(TOTAL.path(), cell("participants", "total/count"));
        same.put(NEW.path(), cell("new", "total/count"));
        same.put(ACTIVE_AT_START.path(), cell("at-start", "total/count"));
        same.put(ACTIVE_AT_END.path(), cell("at-end", "total/count"));
        same.put(CLOSED.path(), cell("closed", "total/count"));
        for (String gender : codes(BY_GENDER)) {
            same.put(BY_GENDER.path(gender), cell("participants", gender + "/count"));
            same.put(NEW_BY_GENDER.path(gender), cell("new", gender + "/count"));
            same.put(MEAN_AGE_AT_CLOSURE_BY_GENDER.path(gender), cell("measured", gender + "/mean:age"));
            same.put(MEAN_YEARS_IN_PUBLIC_SUPPORT_BY_GENDER.path(gender),
                    cell("measured", gender + "/mean:yearsInPublicSupport"));
            same.put(MEAN_MONTHS_BY_GENDER.path(gender), cell("measured", gender + "/mean:throughputMonths"));
        }
        for (String band : codes(BY_AGE_BAND)) {
            same.put(BY_AGE_BAND.path(band), cell("age-bands", band + "/count"));
        }
        // Ages outside the four bands appear in the national breakdown only when someone has one.
        for (String outside : ((Keys.Codes) BY_AGE_BAND.keys()).extra()) {
            if (national.cells().containsKey(BY_AGE_BAND.path(outside))) {
                same.put(BY_AGE_BAND.path(outside), cell("age-bands", OUTSIDE_BANDS.get(outside) + "/count"));
            }
        }
        for (String party : codes(BY_REFERRING_PARTY)) {
            same.put(BY_REFERRING_PARTY.path(party), cell("party", party + "/count"));
            same.put(NEW_BY_REFERRING_PARTY.path(party), cell("new-party", party + "/count"));
        }
        for (String support : codes(BY_SUPPORT_BEFORE)) {
            same.put(BY_SUPPORT_BEFORE.path(support), cell("support", support + "/count"));
            same.put(NEW_BY_SUPPORT_BEFORE.path(support), cell("new-support", support + "/count"));
            same.put(BY_SUPPORT_AFTER.path(support), cell("support-after", support + "/count"));
        }
        for (String bucket : codes(BY_TIME_IN_PUBLIC_SUPPORT)) {
            same.put(BY_TIME_IN_PUBLIC_SUPPORT.path(bucket), cell("years", YEARS_BANDS.get(bucket) + "/count"));
        }
        openDimension(same, national, tables, previous, BY_REFERRING_UNIT, "unit");
        openDimension(same, national, tables, previous, NEW_BY_REFERRING_UNIT, "new-unit");
        openDimension(same, national, tables, previous, BY_HOME_MUNICIPALITY, "municipality");
        same.put(CLOSURES.path(), cell("closed", "total/count"));
        same.put(DROPOUTS.path(), cell("closed", "DROPOUT/count"));
        for (String cause : codes(BY_CAUSE)) {
            same.put(BY_CAUSE.path(cause), cell("closed", cause + "/count"));
        }
        same.put(STANDARD_CLOSURES.path(), cell("standard", "total/count"));
        same.put(STANDARD_DROPOUTS.path(), cell("standard", "dropouts/count"));
        for (NationalFigures.Outcome outcome : STANDARD_OUTCOMES) {
            same.put(outcome.count().path(), cell("standard", outcome.code() + "/count"));
            same.put(outcome.share().path(), cell("shares", outcome.code() + "/shareOfTotal"));
        }
        same.put(GREEN_COUNT.path(), cell("green", "green/count"));
        same.put(GREEN_SHARE.path(), cell("green-share", "green/shareOfTotal"));
        same.put(WORK_SUBSIDISED.path(), cell("subsidised", "yes/count"));
        same.put(WORK_UNSUBSIDISED.path(), cell("subsidised", "no/count"));
        same.put(MEAN_AGE_AT_CLOSURE.path(), cell("measured", "total/mean:age"));
        same.put(MEAN_YEARS_IN_PUBLIC_SUPPORT.path(), cell("measured", "total/mean:yearsInPublicSupport"));
        same.put(THROUGHPUT_COUNT.path(), cell("shares", "total/count"));
        same.put(MEAN_MONTHS.path(), cell("measured", "total/mean:throughputMonths"));
        same.put(MEDIAN_MONTHS.path(), cell("measured", "total/median:throughputMonths"));
        same.put(RECEIVED.path(), cell("referrals", "total/count"));
        same.put(WITHDRAWN.path(), cell("withdrawals", "total/count"));
        same.put(WAITING_AT_END.path(), cell("waiting", "total/count"));
        same.put(MEAN_DAYS_TO_ENROLMENT.path(), cell("new-days", "total/mean:daysToEnrolment"));
        same.put(TRAINEES.path(), cell("training", "total/count"));
        for (String sector : codes(TRAINEES_BY_SECTOR)) {
            same.put(TRAINEES_BY_SECTOR.path(sector), cell("training", sector + "/count"));
        }
        return same;
    }

    private static List<String> codes(FigureFamily family) {
        return ((Keys.Codes) family.keys()).codes();
    }

    /**
     * An open national breakdown carries the keys that occur; the table's rows are the codes that occur in the
     * table's population (of either year, when compared), so the rows the national report lacks count nobody.
     */
    private static void openDimension(Map<String, TableCell> same, ReportFigures national,
                                      Map<String, ComputedTable> tables, boolean previous, FigureFamily family,
                                      String table) {
        TableFigures figures = previous ? tables.get(table).previous() : tables.get(table).current();
        for (String row : figures.rows()) {
            if (national.keys(family).contains(row)) {
                same.put(family.path(row), cell(table, row + "/count"));
            } else if (!row.equals("total") && !row.equals("none")) {
                assertThat(figures.counts().get(row).value()).as(family.path(row) + " (no national key)").isZero();
            }
        }
        national.keys(family).forEach(key -> assertThat(same).as("a table row for " + family.path(key))
                .containsKey(family.path(key)));
    }

    private static void assertSame(String path, Figure national, Figure table) {
        assertThat(table).as(path + ": no table cell").isNotNull();
        if (national instanceof Figure.Count count) {
            assertThat(table).as(path).isInstanceOf(Figure.Count.class);
            assertThat(((Figure.Count) table).members()).as(path).isEqualTo(count.members());
        } else {
            Figure.Measure measure = (Figure.Measure) national;
            assertThat(((Figure.Measure) table).exact()).as(path).isEqualTo(measure.exact());
            assertThat(table.population()).as(path).isEqualTo(measure.population());
        }
    }

    private static TableCell cell(String table, String key) {
        return new TableCell(table, key);
    }

    private static Map<String, ComputedTable> tables(List<ComputedTable> computed) {
        Map<String, ComputedTable> byId = new LinkedHashMap<>();
        computed.forEach(table -> byId.put(table.spec().id(), table));
        return byId;
    }

    private static String table(String id, String population, String rows, String values) {
        return "{'id': '" + id + "', 'title': '" + id + "', 'population': '" + population + "', 'rows': " + rows
                + ", 'values': ['" + values + "']}";
    }

    private static ObjectNode document(String... tables) {
        try {
            return (ObjectNode) RandomTableDefinitions.JSON.readTree(("{'title': 'Den nationella rapporten', 'tables': ["
                    + String.join(", ", tables) + "]}").replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<List<CurrentJourney>> journeys() {
        return new TableLanguageProperties().journeys();
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return new ParticipantReportProperties().periods();
    }
}
