package se.finsam.journey.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a definition document (JSON, as Jackson parsed it) into a {@link TableDefinition}, checking every rule of
 * table language {@code v1}. It goes on after a mistake, so that one answer names every mistake of a document,
 * each at the most specific element that is wrong (for a clash, the later of the two).
 */
public final class DefinitionReader {

    public static final int MOST_TABLES = 50;
    public static final int MOST_TITLE_CHARACTERS = 200;
    public static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final List<String> DOCUMENT_KEYS = List.of("title", "tables");
    private static final List<String> TABLE_KEYS = List.of("id", "title", "population", "rows", "columns", "where",
            "values", "ageAt", "decimals");
    private static final String VALUES = "count, shareOfTotal, shareOfRow, shareOfColumn or mean:/median:/min:/max: "
            + "of " + String.join(", ", Quantity.wireNames());

    private final Mistakes mistakes;
    private final AxisReader axes;

    private DefinitionReader(boolean refusingIdentityNumbers) {
        this.mistakes = new Mistakes(refusingIdentityNumbers);
        this.axes = new AxisReader(mistakes);
    }

    /** What reading a document gave: the definition, or (and then no definition) every mistake in it. */
    public record Reading(TableDefinition definition, List<DefinitionError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Reads a stored version (or any document) by the rules of the language. */
    public static Reading read(JsonNode document) {
        return read(document, false);
    }

    /**
     * Reads a document about to be stored as a new version: the language's rules, and free text (titles, group
     * labels, referring units) without anything shaped like a personal identity number.
     */
    public static Reading readNew(JsonNode document) {
        return read(document, true);
    }

    private static Reading read(JsonNode document, boolean refusingIdentityNumbers) {
        DefinitionReader reader = new DefinitionReader(refusingIdentityNumbers);
        TableDefinition definition = reader.document(document);
        return reader.mistakes.none() ? new Reading(definition, List.of()) : new Reading(null, reader.mistakes.found());
    }

    private TableDefinition document(JsonNode node) {
        if (node == null || !node.isObject()) {
            mistakes.add("", "definitionNotObject", "a definition is a JSON object with a title and a list of tables, "
                    + "not " + (node == null ? "nothing" : Mistakes.kind(node)), node == null ? "missing" : Mistakes.kindCode(node));
            return null;
        }
        mistakes.unknownKeys(node, "", DOCUMENT_KEYS, "a definition");
        String title = mistakes.freeText(mistakes.text(node, "", "title", "the definition's title",
                MOST_TITLE_CHARACTERS), "/title", "the definition's title");
        JsonNode tables = AxisReader.present(node.get("tables"));
        if (tables == null) {
            mistakes.add("/tables", "tablesMissing", "the definition's tables are missing: a list of at least one table");
            return null;
        }
        if (mistakes.list(tables, "/tables", "tables", "[{\"id\": \"closures\", …}]", MOST_TABLES) == null) {
            return null;
        }
        List<TableSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < tables.size(); k++) {
            TableSpec table = table(tables.get(k), Mistakes.at("/tables", k), ids);
            if (table != null) {
                specs.add(table);
            }
        }
        return mistakes.none() ? new TableDefinition(title, specs) : null;
    }

    private TableSpec table(JsonNode node, String at, Set<String> ids) {
        if (!node.isObject()) {
            mistakes.add(at, "tableNotObject", "a table is an object with id, title, population, rows and values, not "
                    + Mistakes.kind(node), Mistakes.kindCode(node));
            return null;
        }
        mistakes.unknownKeys(node, at, TABLE_KEYS, "a table");
        String id = id(node, at, ids);
        String title = mistakes.freeText(mistakes.text(node, at, "title", "the table's title", MOST_TITLE_CHARACTERS),
                Mistakes.at(at, "title"), "the table's title");
        Population population = population(node, at);
        JsonNode rowsNode = AxisReader.present(node.get("rows"));
        Axis rows = null;
        if (rowsNode == null) {
            mistakes.add(Mistakes.at(at, "rows"), "rowsMissing", "a table needs rows, such as {\"by\": \"gender\"}");
        } else {
            rows = axes.axis(rowsNode, Mistakes.at(at, "rows"), "rows", population);
        }
        JsonNode columnsNode = AxisReader.present(node.get("columns"));
        Axis columns = columnsNode == null ? null
                : axes.axis(columnsNode, Mistakes.at(at, "columns"), "columns", population);
        Map<Dimension, Set<String>> where = where(AxisReader.present(node.get("where")), Mistakes.at(at, "where"),
                population);
        List<TableValue> values = values(node, at, population);
        AgeAt ageAt = ageAt(node, at, population, rows, columns, values);
        Integer decimals = decimals(node, at);
        if (id == null || title == null || population == null || rows == null
                || (columnsNode != null && columns == null) || where == null || values == null || ageAt == null
                || decimals == null) {
            return null;
        }
        return new TableSpec(id, title, population, rows, columns, where, values, ageAt, decimals);
    }

    private String id(JsonNode table, String at, Set<String> ids) {
        String id = mistakes.text(table, at, "id", "the table's id", 64);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            mistakes.add(Mistakes.at(at, "id"), "notATableId", "'" + id + "' is not a table id: lower-case letters, "
                    + "digits and '-'", id);
            return null;
        }
        if (!ids.add(id)) {
            mistakes.add(Mistakes.at(at, "id"), "tableIdTwice", "two tables have the id '" + id + "': table ids must "
                    + "differ", id);
            return null;
        }
        return id;
    }

    private Population population(JsonNode table, String at) {
        String name = mistakes.text(table, at, "population", "the table's population (one of "
                + Mistakes.listed(Population.wireNames()) + ")", 64);
        if (name == null) {
            return null;
        }
        Optional<Population> population = Population.byWireName(name);
        if (population.isEmpty()) {
            mistakes.add(Mistakes.at(at, "population"), "unknownPopulation", "unknown population '" + name + "': use "
                    + Mistakes.listed(Population.wireNames()), name);
        }
        return population.orElse(null);
    }

    /** The filter, an empty one when absent; null after a mistake. */
    private Map<Dimension, Set<String>> where(JsonNode node, String at, Population population) {
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            mistakes.add(at, "whereNotObject", "where must be an object such as {\"referringParty\": [\"MUNICIPALITY\"]}, "
                    + "not " + Mistakes.kind(node), Mistakes.kindCode(node));
            return null;
        }
        Map<Dimension, Set<String>> where = new LinkedHashMap<>();
        boolean allRead = true;
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            String dimensionAt = Mistakes.at(at, field.getKey());
            Dimension dimension = axes.dimension(new com.fasterxml.jackson.databind.node.TextNode(field.getKey()),
                    dimensionAt, population, "");
            if (dimension == null) {
                allRead = false;
                continue;
            }
            if (dimension.isBanded()) {
                mistakes.add(dimensionAt, "filterOnBanded", "a filter takes the raw codes of a coded dimension; "
                        + field.getKey() + " has bands, so it cannot filter", field.getKey());
                allRead = false;
                continue;
            }
            List<String> codes = axes.codes(field.getValue(), dimensionAt, dimension, "the filter on "
                    + field.getKey(), null);
            if (codes == null) {
                allRead = false;
            } else {
                where.put(dimension, new LinkedHashSet<>(codes));
            }
        }
        return allRead ? where : null;
    }

    private List<TableValue> values(JsonNode table, String at, Population population) {
        JsonNode node = AxisReader.present(table.get("values"));
        String valuesAt = Mistakes.at(at, "values");
        if (node == null) {
            mistakes.add(valuesAt, "valuesMissing", "a table needs values: a list such as [\"count\", \"shareOfTotal\"]");
            return null;
        }
        if (mistakes.list(node, valuesAt, "values", "[\"count\", \"shareOfTotal\"]", 40) == null) {
            return null;
        }
        List<TableValue> values = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean allRead = true;
        for (int k = 0; k < node.size(); k++) {
            String valueAt = Mistakes.at(valuesAt, k);
            String name = mistakes.text(node.get(k), valueAt, "a value", 64);
            Optional<TableValue> value = name == null ? Optional.empty() : TableValue.byName(name);
            if (name != null && value.isEmpty()) {
                mistakes.add(valueAt, "unknownValue", "unknown value '" + name + "': use " + VALUES, name);
            } else if (value.isPresent() && value.get().quantity() == Quantity.THROUGHPUT_MONTHS
                    && population != null && !population.ofClosures()) {
                mistakes.add(valueAt, "throughputNeedsClosures", "throughputMonths can only be used with the populations "
                        + "closures and measuredClosures", name, population.wireName());
            } else if (value.isPresent() && !names.add(name)) {
                mistakes.add(valueAt, "valueTwice", "value '" + name + "' is listed twice", name);
            } else if (value.isPresent()) {
                values.add(value.get());
                continue;
            }
            allRead = false;
        }
        return allRead ? values : null;
    }

    private AgeAt ageAt(JsonNode table, String at, Population population, Axis rows, Axis columns,
                        List<TableValue> values) {
        JsonNode node = AxisReader.present(table.get("ageAt"));
        if (node == null) {
            return AgeAt.REFERENCE;
        }
        String ageAtAt = Mistakes.at(at, "ageAt");
        String name = mistakes.text(node, ageAtAt, "ageAt", 64);
        if (name == null) {
            return null;
        }
        Optional<AgeAt> ageAt = AgeAt.byWireName(name);
        if (ageAt.isEmpty()) {
            mistakes.add(ageAtAt, "unknownAgeAt", "unknown ageAt '" + name + "': use "
                    + Mistakes.listed(AgeAt.wireNames()), name);
            return null;
        }
        boolean usesAge = isAgeBand(rows) || isAgeBand(columns)
                || values != null && values.stream().anyMatch(v -> v.quantity() == Quantity.AGE);
        if (ageAt.get() == AgeAt.ENROLMENT && population != null && !population.onlyEnrolled() && usesAge) {
            mistakes.add(ageAtAt, "enrolmentAgeNeedsEnrolled", "ages at enrolment need enrolled journeys, and the "
                    + "population " + population.wireName() + " holds journeys that are not: use reference, referral "
                    + "or periodEnd", population.wireName());
            return null;
        }
        return ageAt.get();
    }

    private Integer decimals(JsonNode table, String at) {
        JsonNode node = AxisReader.present(table.get("decimals"));
        if (node == null) {
            return TableSpec.DEFAULT_DECIMALS;
        }
        return mistakes.whole(node, Mistakes.at(at, "decimals"), "decimals", 0, 2);
    }

    private static boolean isAgeBand(Axis axis) {
        return axis != null && axis.by() == Dimension.AGE_BAND;
    }
}
