package se.finsam.journey.reports;

import static se.finsam.journey.reports.NationalFigures.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.reports.CellSuppression.Group;
import se.finsam.journey.reports.NationalFigures.Outcome;

/**
 * The additive relations between the count cells of one report, read off the definitions of DOMAIN.md: a total and
 * the parts that add up to it, so that a part hidden alone could be worked out as the total minus the shown parts
 * (or a hidden total as the sum of its parts). A group with one part says two cells are equal. The groups are
 * stated over the catalogue's families ({@link NationalFigures}); a breakdown's parts are the keys the report has.
 *
 * <p>Four kinds of group are bounds rather than exact sums and are protected all the same, because in a typical
 * team they are exact: home municipalities against {@code total} (the municipality is optional), referring units
 * against their party (the unit is optional), and work-training sectors against {@code workTraining.participants}
 * (a journey with placements in two sectors counts in both).
 */
final class SuppressionGroups {

    private SuppressionGroups() {
    }

    static List<Group> of(ReportFigures figures) {
        List<Group> groups = new ArrayList<>();
        participants(figures, groups);
        closures(figures, groups);
        groups.add(sum(TRAINEES, figures, TRAINEES_BY_SECTOR));
        Map<String, Figure> cells = figures.cells();
        groups.removeIf(group -> group.parts().isEmpty() || !cells.containsKey(group.total()));
        return List.copyOf(groups);
    }

    private static void participants(ReportFigures figures, List<Group> groups) {
        groups.add(equal(TOTAL, ACTIVE_AT_START, NEW));
        groups.add(equal(TOTAL, ACTIVE_AT_END, CLOSED));
        for (FigureFamily breakdown : List.of(BY_GENDER, BY_AGE_BAND, BY_REFERRING_PARTY, BY_SUPPORT_BEFORE,
                BY_TIME_IN_PUBLIC_SUPPORT, BY_HOME_MUNICIPALITY)) {
            groups.add(sum(TOTAL, figures, breakdown));
        }
        for (FigureFamily breakdown : List.of(NEW_BY_GENDER, NEW_BY_REFERRING_PARTY, NEW_BY_SUPPORT_BEFORE)) {
            groups.add(sum(NEW, figures, breakdown));
        }
        for (String party : figures.keys(BY_REFERRING_PARTY)) {
            groups.add(unitsOf(party, figures, BY_REFERRING_PARTY, BY_REFERRING_UNIT));
            groups.add(unitsOf(party, figures, NEW_BY_REFERRING_PARTY, NEW_BY_REFERRING_UNIT));
        }
    }

    /** A party's count is the sum of its units' (a unit's key names its party). */
    private static Group unitsOf(String party, ReportFigures figures, FigureFamily parties, FigureFamily units) {
        return new Group(parties.path(party), figures.keys(units).stream()
                .filter(unit -> ReferringUnitKey.parse(unit).map(key -> key.party().name().equals(party)).orElse(false))
                .map(units::path).toList());
    }

    private static void closures(ReportFigures figures, List<Group> groups) {
        groups.add(equal(CLOSED, CLOSURES));
        groups.add(equal(CLOSURES, STANDARD_CLOSURES));
        groups.add(sum(CLOSURES, figures, BY_CAUSE));
        groups.add(sum(CLOSURES, figures, BY_SUPPORT_AFTER));
        groups.add(equal(DROPOUTS, STANDARD_DROPOUTS));
        groups.add(new Group(STANDARD_DROPOUTS.path(), List.of(BY_CAUSE.path(ClosureCause.DROPOUT.name()))));
        groups.add(equal(STANDARD_CLOSURES, STANDARD_DROPOUTS, THROUGHPUT_COUNT));
        List<String> outcomes = new ArrayList<>();
        List<String> green = new ArrayList<>();
        for (Outcome outcome : STANDARD_OUTCOMES) {
            outcomes.add(outcome.count().path());
            if (outcome.green()) {
                green.add(outcome.count().path());
            }
            groups.add(new Group(outcome.count().path(), ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES
                    .get(outcome.code()).stream().sorted().map(cause -> BY_CAUSE.path(cause.name())).toList()));
        }
        List<String> columns = new ArrayList<>(outcomes);
        columns.add(0, STANDARD_DROPOUTS.path());
        groups.add(new Group(STANDARD_CLOSURES.path(), columns));
        groups.add(new Group(THROUGHPUT_COUNT.path(), outcomes));
        groups.add(new Group(GREEN_COUNT.path(), green));
        groups.add(equal(outcomeOf(ClosureCause.WORK).count(), WORK_SUBSIDISED, WORK_UNSUBSIDISED));
    }

    /** {@code total} = the sum of the single figures {@code parts}. */
    private static Group equal(FigureFamily total, FigureFamily... parts) {
        return new Group(total.path(), Arrays.stream(parts).map(FigureFamily::path).toList());
    }

    /** {@code total} = the sum of the figures the report has of {@code breakdown}. */
    private static Group sum(FigureFamily total, ReportFigures figures, FigureFamily breakdown) {
        return new Group(total.path(), figures.keys(breakdown).stream().map(breakdown::path).toList());
    }
}
