package se.finsam.journey.api.reports.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.finsam.journey.reports.Figure;

/**
 * Which figures of the report go in which table, in the order and grouping of the teams' published tables
 * (participants and their breakdowns with new beside total; the standard closure table with counts and shares;
 * throughput time; referrals; work training; assessments per instrument). Both the page and the XLSX export lay
 * the report out from this one description, so they cannot drift apart. Labels are message keys; breakdowns over
 * open-ended keys (units, municipalities) take their rows from the figures present.
 */
final class ReportLayout {

    /** A section of the report (a heading) with its tables. */
    record Section(String id, String title, List<Table> tables) {
    }

    /** A table: its caption, the column groups (each a value with previous and change) and the rows. */
    record Table(String caption, List<String> columns, List<Row> rows) {
    }

    /** A row: its label (already in the user's language) and one dotted path per column group (null for none). */
    record Row(String label, List<String> paths, boolean total) {
    }

    private static final List<String> GENDERS = List.of("WOMAN", "MAN", "NON_BINARY");
    private static final List<String> OUTCOMES = List.of("work", "studies", "activeJobSeeking",
            "continuedRehabilitation", "medicalRehabilitation", "other");
    private static final List<String> ASSESSMENT_MEASURES = List.of("count", "participants", "min", "max", "mean",
            "improved", "unchanged", "worsened");

    private ReportLayout() {
    }

    /**
     * The sections of a report whose cells are {@code cells} (the current year's; with a comparison, keys of the
     * previous year that are absent now are added by the caller through {@code cells}).
     *
     * @param text resolves a message key (or a code-list key) in the user's language
     */
    static List<Section> of(Map<String, Figure> cells, Function<String, String> text) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("participants", text.apply("reports.section.participants"), participants(cells, text)));
        sections.add(new Section("closures", text.apply("reports.section.closures"), closures(cells, text)));
        sections.add(new Section("throughput", text.apply("reports.section.throughput"), List.of(
                new Table(text.apply("reports.table.throughput"), List.of(text.apply("reports.col.value")), List.of(
                        row(text.apply("reports.row.throughput.count"), "throughputTime.count"),
                        row(text.apply("reports.row.throughput.mean"), "throughputTime.meanMonths"),
                        row(text.apply("reports.row.throughput.median"), "throughputTime.medianMonths"),
                        row(text.apply("reports.row.throughput.WOMAN"), "throughputTime.meanMonthsByGender.WOMAN"),
                        row(text.apply("reports.row.throughput.MAN"), "throughputTime.meanMonthsByGender.MAN"),
                        row(text.apply("reports.row.throughput.NON_BINARY"),
                                "throughputTime.meanMonthsByGender.NON_BINARY"))))));
        sections.add(new Section("referrals", text.apply("reports.section.referrals"), List.of(
                new Table(text.apply("reports.table.referrals"), List.of(text.apply("reports.col.value")), List.of(
                        row(text.apply("reports.row.referrals.received"), "referrals.received"),
                        row(text.apply("reports.row.referrals.withdrawn"), "referrals.withdrawn"),
                        row(text.apply("reports.row.referrals.waitingAtEnd"), "referrals.waitingAtEnd"),
                        row(text.apply("reports.row.referrals.meanDaysToEnrolment"), "referrals.meanDaysToEnrolment"))))));
        List<Row> training = new ArrayList<>(List.of(
                row(text.apply("reports.row.workTraining.trainings"), "workTraining.trainings"),
                row(text.apply("reports.row.workTraining.participants"), "workTraining.participants")));
        keys(cells, "workTraining.bySector.").forEach(sector -> training.add(
                row(text.apply("code.sector." + sector), "workTraining.bySector." + sector)));
        sections.add(new Section("workTraining", text.apply("reports.section.workTraining"), List.of(
                new Table(text.apply("reports.table.workTraining"), List.of(text.apply("reports.col.value")), training))));
        List<Table> assessments = new ArrayList<>();
        for (String instrument : keys(cells, "assessments.byInstrument.")) {
            String prefix = "assessments.byInstrument." + instrument + ".";
            assessments.add(new Table(text.apply("code.instrument." + instrument),
                    List.of(text.apply("reports.col.value")), ASSESSMENT_MEASURES.stream()
                    .map(m -> row(text.apply("reports.row.assessment." + m), prefix + m)).toList()));
        }
        sections.add(new Section("assessments", text.apply("reports.section.assessments"), assessments));
        return sections;
    }

    private static List<Table> participants(Map<String, Figure> cells, Function<String, String> text) {
        List<Table> tables = new ArrayList<>();
        String value = text.apply("reports.col.value");
        tables.add(new Table(text.apply("reports.table.participants"), List.of(value), List.of(
                new Row(text.apply("reports.row.participants.total"), List.of("participants.total"), true),
                row(text.apply("reports.row.participants.new"), "participants.new"),
                row(text.apply("reports.row.participants.activeAtStart"), "participants.activeAtStart"),
                row(text.apply("reports.row.participants.closed"), "participants.closed"),
                row(text.apply("reports.row.participants.activeAtEnd"), "participants.activeAtEnd"))));
        List<String> totalAndNew = List.of(text.apply("reports.col.total"), text.apply("reports.col.new"));
        tables.add(breakdown(cells, text, "reports.table.byGender", "byGender", "newByGender", "code.gender.", totalAndNew));
        tables.add(breakdown(cells, text, "reports.table.byReferringParty", "byReferringParty", "newByReferringParty",
                "code.referringParty.", totalAndNew));
        tables.add(breakdown(cells, text, "reports.table.byReferringUnit", "byReferringUnit", "newByReferringUnit",
                null, totalAndNew));
        tables.add(breakdown(cells, text, "reports.table.bySupportBefore", "bySupportBefore", "newBySupportBefore",
                "code.supportSource.", totalAndNew));
        tables.add(breakdown(cells, text, "reports.table.byAgeBand", "byAgeBand", null, "code.ageBand.", List.of(value)));
        tables.add(breakdown(cells, text, "reports.table.byTimeInPublicSupport", "byTimeInPublicSupport", null,
                "code.yearsInSupport.", List.of(value)));
        tables.add(breakdown(cells, text, "reports.table.byHomeMunicipality", "byHomeMunicipality", null,
                "reports.municipality.", List.of(value)));
        return tables;
    }

    /** A breakdown of {@code participants.total} (and of {@code new} beside it), one row per key present in either. */
    private static Table breakdown(Map<String, Figure> cells, Function<String, String> text, String caption,
                                   String all, String fresh, String codePrefix, List<String> columns) {
        List<String> keys = new ArrayList<>(keys(cells, "participants." + all + "."));
        if (fresh != null) {
            keys(cells, "participants." + fresh + ".").stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            String label = codePrefix == null ? unitLabel(key, text)
                    : codePrefix.equals("reports.municipality.") ? municipality(key, text) : text.apply(codePrefix + key);
            List<String> paths = new ArrayList<>();
            paths.add("participants." + all + "." + key);
            if (fresh != null) {
                paths.add("participants." + fresh + "." + key);
            }
            rows.add(new Row(label, paths, false));
        }
        return new Table(text.apply(caption), columns, rows);
    }

    /** A municipality code with its name where the bundle knows it ("1980 Västerås"), else the code alone. */
    private static String municipality(String code, Function<String, String> text) {
        String name = text.apply("reports.municipality." + code);
        return name.equals("reports.municipality." + code) ? code : code + " " + name;
    }

    /** A referring unit's key is {@code PARTY:unit}: shown as the party's name and the unit. */
    private static String unitLabel(String key, Function<String, String> text) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return key;
        }
        return text.apply("code.referringParty." + key.substring(0, colon)) + ": " + key.substring(colon + 1);
    }

    private static List<Table> closures(Map<String, Figure> cells, Function<String, String> text) {
        List<Table> tables = new ArrayList<>();
        List<String> countAndShare = List.of(text.apply("reports.col.count"), text.apply("reports.col.share"));
        List<Row> standard = new ArrayList<>();
        standard.add(new Row(text.apply("reports.row.closures.closures"),
                java.util.Arrays.asList("closures.standardTable.closures", null), true));
        standard.add(new Row(text.apply("reports.row.closures.dropouts"),
                java.util.Arrays.asList("closures.standardTable.dropouts", null), false));
        for (String outcome : OUTCOMES) {
            standard.add(new Row(text.apply("reports.row.closures." + outcome),
                    List.of("closures.standardTable." + outcome, "closures.shares." + outcome), false));
        }
        standard.add(new Row(text.apply("reports.row.closures.green"),
                List.of("closures.greenOutcomes.count", "closures.greenOutcomes.share"), true));
        tables.add(new Table(text.apply("reports.table.standard"), countAndShare, standard));
        String value = text.apply("reports.col.value");
        tables.add(new Table(text.apply("reports.table.byCause"), List.of(value), keys(cells, "closures.byCause.")
                .stream().map(c -> row(text.apply("code.closureCause." + c), "closures.byCause." + c)).toList()));
        tables.add(new Table(text.apply("reports.table.bySupportAfter"), List.of(value),
                keys(cells, "closures.bySupportAfter.").stream()
                        .map(c -> row(text.apply("code.supportSource." + c), "closures.bySupportAfter." + c)).toList()));
        tables.add(new Table(text.apply("reports.table.work"), List.of(value), List.of(
                row(text.apply("reports.row.closures.workSubsidised"), "closures.workSubsidised"),
                row(text.apply("reports.row.closures.workUnsubsidised"), "closures.workUnsubsidised"))));
        List<Row> means = new ArrayList<>();
        means.add(new Row(text.apply("reports.row.all"),
                List.of("closures.meanAgeAtClosure.all", "closures.meanYearsInPublicSupport.all"), false));
        for (String gender : GENDERS) {
            means.add(new Row(text.apply("code.gender." + gender), List.of("closures.meanAgeAtClosure." + gender,
                    "closures.meanYearsInPublicSupport." + gender), false));
        }
        tables.add(new Table(text.apply("reports.table.means"), List.of(text.apply("reports.col.meanAge"),
                text.apply("reports.col.meanYears")), means));
        return tables;
    }

    private static Row row(String label, String path) {
        return new Row(label, List.of(path), false);
    }

    /** The keys directly under {@code prefix} (the last part of the path), in report order. */
    static List<String> keys(Map<String, Figure> cells, String prefix) {
        List<String> keys = new ArrayList<>();
        for (String path : cells.keySet()) {
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                int dot = rest.indexOf('.');
                String key = prefix.startsWith("assessments.byInstrument.") && dot >= 0 ? rest.substring(0, dot) : rest;
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
