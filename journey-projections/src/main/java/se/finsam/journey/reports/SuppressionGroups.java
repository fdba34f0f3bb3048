package se.finsam.journey.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.reports.CellSuppression.Group;

/**
 * The additive relations between the count cells of one report, read off the *Tables classes and DOMAIN.md: a
 * total and the parts that add up to it, so that a part hidden alone could be worked out as the total minus the
 * shown parts (or a hidden total as the sum of its parts). A group with one part says two cells are equal.
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
        Map<String, Figure> cells = figures.cells();
        List<Group> groups = new ArrayList<>();
        participants(cells, groups);
        closures(cells, groups);
        groups.add(new Group("workTraining.participants", under(cells, "workTraining.bySector.")));
        groups.removeIf(group -> group.parts().isEmpty() || !cells.containsKey(group.total()));
        return List.copyOf(groups);
    }

    private static void participants(Map<String, Figure> cells, List<Group> groups) {
        String total = "participants.total";
        String fresh = "participants.new";
        groups.add(new Group(total, List.of("participants.activeAtStart", fresh)));
        groups.add(new Group(total, List.of("participants.activeAtEnd", "participants.closed")));
        for (String breakdown : List.of("byGender", "byAgeBand", "byReferringParty", "bySupportBefore",
                "byTimeInPublicSupport", "byHomeMunicipality")) {
            groups.add(new Group(total, under(cells, "participants." + breakdown + ".")));
        }
        for (String breakdown : List.of("newByGender", "newByReferringParty", "newBySupportBefore")) {
            groups.add(new Group(fresh, under(cells, "participants." + breakdown + ".")));
        }
        for (ReferringParty party : ReferringParty.values()) {
            // Unit keys are PARTY:unit (ParticipantReportDefinitions.referringUnit); party codes hold no colon.
            groups.add(new Group("participants.byReferringParty." + party.name(),
                    under(cells, "participants.byReferringUnit." + party.name() + ":")));
            groups.add(new Group("participants.newByReferringParty." + party.name(),
                    under(cells, "participants.newByReferringUnit." + party.name() + ":")));
        }
    }

    private static void closures(Map<String, Figure> cells, List<Group> groups) {
        String closures = "closures.standardTable.closures";
        String dropouts = "closures.standardTable.dropouts";
        String measured = "throughputTime.count";
        groups.add(new Group("participants.closed", List.of("closures.total")));
        groups.add(new Group("closures.total", List.of(closures)));
        groups.add(new Group("closures.total", under(cells, "closures.byCause.")));
        groups.add(new Group("closures.total", under(cells, "closures.bySupportAfter.")));
        groups.add(new Group("closures.dropouts", List.of(dropouts)));
        groups.add(new Group(dropouts, List.of("closures.byCause." + ClosureCause.DROPOUT.name())));
        groups.add(new Group(closures, List.of(dropouts, measured)));
        List<String> outcomes = new ArrayList<>();
        for (Map.Entry<String, Set<ClosureCause>> column : ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.entrySet()) {
            String path = "closures.standardTable." + column.getKey();
            outcomes.add(path);
            groups.add(new Group(path, column.getValue().stream().sorted()
                    .map(cause -> "closures.byCause." + cause.name()).toList()));
        }
        List<String> columns = new ArrayList<>(outcomes);
        columns.add(0, dropouts);
        groups.add(new Group(closures, columns));
        groups.add(new Group(measured, outcomes));
        groups.add(new Group("closures.greenOutcomes.count", ParticipantReportDefinitions.GREEN_OUTCOMES.stream()
                .map(column -> "closures.standardTable." + column).toList()));
        groups.add(new Group("closures.standardTable.work", List.of("closures.workSubsidised", "closures.workUnsubsidised")));
    }

    /** The count cells directly under {@code prefix}, in report order. */
    private static List<String> under(Map<String, Figure> cells, String prefix) {
        List<String> paths = new ArrayList<>();
        cells.forEach((path, figure) -> {
            if (path.startsWith(prefix) && figure instanceof Figure.Count) {
                paths.add(path);
            }
        });
        return paths;
    }
}
