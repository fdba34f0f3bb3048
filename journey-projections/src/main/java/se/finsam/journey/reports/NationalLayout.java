package se.finsam.journey.reports;

import static se.finsam.journey.reports.NationalFigures.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.Layout;
import se.finsam.journey.catalogue.Layout.Row;
import se.finsam.journey.catalogue.Layout.Section;
import se.finsam.journey.catalogue.Layout.Table;

/**
 * The participant report laid out like the teams' published tables: participants with new beside total, the
 * standard closure table with counts and shares, throughput time, referrals, work training, and a table per
 * assessment instrument. Labels are message keys of the reports bundle; breakdowns take their rows from the keys
 * the report has.
 */
public final class NationalLayout {

    private static final String VALUE = "reports.col.value";
    private static final List<String> TOTAL_AND_NEW = List.of("reports.col.total", "reports.col.new");

    /** The standard closure table: counts and shares of each outcome. */
    public static final Table STANDARD_TABLE = new Table("standard", "reports.table.standard",
            List.of("reports.col.count", "reports.col.share"), standardRows());
    /** Participants by referring party, total and new. */
    public static final Table BY_PARTY = byKey("byReferringParty", TOTAL_AND_NEW, BY_REFERRING_PARTY,
            NEW_BY_REFERRING_PARTY);

    public static final Layout LAYOUT = new Layout(List.of(
            new Section("participants", "reports.section.participants", List.of(
                    new Table("participants", "reports.table.participants", List.of(VALUE), List.of(
                            new Row.Fixed("reports.row.participants.total", List.of(TOTAL), true),
                            row("reports.row.participants.new", NEW),
                            row("reports.row.participants.activeAtStart", ACTIVE_AT_START),
                            row("reports.row.participants.closed", CLOSED),
                            row("reports.row.participants.activeAtEnd", ACTIVE_AT_END))),
                    byKey("byGender", TOTAL_AND_NEW, BY_GENDER, NEW_BY_GENDER),
                    BY_PARTY,
                    byKey("byReferringUnit", TOTAL_AND_NEW, BY_REFERRING_UNIT, NEW_BY_REFERRING_UNIT),
                    byKey("bySupportBefore", TOTAL_AND_NEW, BY_SUPPORT_BEFORE, NEW_BY_SUPPORT_BEFORE),
                    byKey("byAgeBand", List.of(VALUE), BY_AGE_BAND),
                    byKey("byTimeInPublicSupport", List.of(VALUE), BY_TIME_IN_PUBLIC_SUPPORT),
                    byKey("byHomeMunicipality", List.of(VALUE), BY_HOME_MUNICIPALITY))),
            new Section("closures", "reports.section.closures", List.of(
                    STANDARD_TABLE,
                    byKey("byCause", List.of(VALUE), BY_CAUSE),
                    byKey("bySupportAfter", List.of(VALUE), BY_SUPPORT_AFTER),
                    new Table("work", "reports.table.work", List.of(VALUE), List.of(
                            row("reports.row.closures.workSubsidised", WORK_SUBSIDISED),
                            row("reports.row.closures.workUnsubsidised", WORK_UNSUBSIDISED))),
                    new Table("means", "reports.table.means", List.of("reports.col.meanAge", "reports.col.meanYears"),
                            List.of(new Row.Fixed("reports.row.all", List.of(MEAN_AGE_AT_CLOSURE,
                                            MEAN_YEARS_IN_PUBLIC_SUPPORT), false),
                                    new Row.ByKey(List.of(MEAN_AGE_AT_CLOSURE_BY_GENDER,
                                            MEAN_YEARS_IN_PUBLIC_SUPPORT_BY_GENDER), null))))),
            new Section("throughput", "reports.section.throughput", List.of(
                    new Table("throughput", "reports.table.throughput", List.of(VALUE), List.of(
                            row("reports.row.throughput.count", THROUGHPUT_COUNT),
                            row("reports.row.throughput.mean", MEAN_MONTHS),
                            row("reports.row.throughput.median", MEDIAN_MONTHS),
                            new Row.ByKey(List.of(MEAN_MONTHS_BY_GENDER), "reports.row.throughput."))))),
            new Section("referrals", "reports.section.referrals", List.of(
                    new Table("referrals", "reports.table.referrals", List.of(VALUE), List.of(
                            row("reports.row.referrals.received", RECEIVED),
                            row("reports.row.referrals.withdrawn", WITHDRAWN),
                            row("reports.row.referrals.waitingAtEnd", WAITING_AT_END),
                            row("reports.row.referrals.meanDaysToEnrolment", MEAN_DAYS_TO_ENROLMENT))))),
            new Section("workTraining", "reports.section.workTraining", List.of(
                    new Table("workTraining", "reports.table.workTraining", List.of(VALUE), List.of(
                            row("reports.row.workTraining.trainings", TRAININGS),
                            row("reports.row.workTraining.participants", TRAINEES),
                            new Row.ByKey(List.of(TRAINEES_BY_SECTOR), null))))),
            new Section("assessments", "reports.section.assessments", List.of(
                    new Table("instrument", null, List.of(VALUE), List.of(
                            row("reports.row.assessment.count", SCORES_COUNT),
                            row("reports.row.assessment.participants", SCORED),
                            row("reports.row.assessment.min", SCORE_MIN),
                            row("reports.row.assessment.max", SCORE_MAX),
                            row("reports.row.assessment.mean", SCORE_MEAN),
                            row("reports.row.assessment.improved", IMPROVED),
                            row("reports.row.assessment.unchanged", UNCHANGED),
                            row("reports.row.assessment.worsened", WORSENED)), SCORES_COUNT)))));

    /**
     * The figures not shown in any table, each equal to one that is: {@code closures.total} is the standard table's
     * closures, {@code closures.dropouts} its drop-outs.
     */
    public static final Set<FigureFamily> NOT_LAID_OUT = Set.of(CLOSURES, DROPOUTS);

    private NationalLayout() {
    }

    private static List<Row> standardRows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row.Fixed("reports.row.closures.closures", Arrays.asList(STANDARD_CLOSURES, null), true));
        rows.add(new Row.Fixed("reports.row.closures.dropouts", Arrays.asList(STANDARD_DROPOUTS, null), false));
        for (Outcome outcome : STANDARD_OUTCOMES) {
            rows.add(new Row.Fixed("reports.row.closures." + outcome.code(), List.of(outcome.count(), outcome.share()),
                    false));
        }
        rows.add(new Row.Fixed("reports.row.closures.green", List.of(GREEN_COUNT, GREEN_SHARE), true));
        return rows;
    }

    private static Table byKey(String id, List<String> columns, FigureFamily... families) {
        return new Table(id, "reports.table." + id, columns, List.of(new Row.ByKey(List.of(families), null)));
    }

    private static Row row(String label, FigureFamily family) {
        return new Row.Fixed(label, List.of(family), false);
    }
}
