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

    private final Mistakes mistakes = new Mistakes();
    private final AxisReader axes = new AxisReader(mistakes);

    private DefinitionReader() {
    }

    /** What reading a document gave: the definition, or (and then no definition) every mistake in it. */
    public record Reading(TableDefinition definition, List<DefinitionError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Reading read(JsonNode document) {
        DefinitionReader reader = new DefinitionReader();
        TableDefinition definition = reader.document(document);
        return reader.mistakes.none() ? new Reading(definition, List.of()) : new Reading(null, reader.mistakes.found());
    }

    private TableDefinition document(JsonNode node) {
        if (node == null || !node.isObject()) {
            mistakes.add("", "a definition is a JSON object with a title and a list of tables, not "
                    + (node == null ? "nothing" : Mistakes.kind(node)));
            return null;
        }
        mistakes.unknownKeys(node, "", DOCUMENT_KEYS, "a definition");
        String title = mistakes.text(node, "", "title", "the definition's title", MOST_TITLE_CHARACTERS);
        JsonNode tables = AxisReader.present(node.get("tables"));
        if (tables == null) {
            mistakes.add("/tables", "the definition's tables are missing: a list of at least one table");
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
            mistakes.add(at, "a table is an object with id, title, population, rows and values, not "
                    + Mistakes.kind(node));
            return null;
        }
        mistakes.unknownKeys(node, at, TABLE_KEYS, "a table");
        String id = id(node, at, ids);
        String title = mistakes.text(node, at, "title", "the table's title", MOST_TITLE_CHARACTERS);
        Population population = population(node, at);
        JsonNode rowsNode = AxisReader.present(node.get("rows"));
        Axis rows = null;
        if (rowsNode == null) {
            mistakes.add(Mistakes.at(at, "rows"), "a table needs rows, such as {\"by\": \"gender\"}");
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
            mistakes.add(Mistakes.at(at, "id"), "'" + id + "' is not a table id: lower-case letters, digits and '-'");
            return null;
        }
        if (!ids.add(id)) {
            mistakes.add(Mistakes.at(at, "id"), "two tables have the id '" + id + "': table ids must differ");
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
            mistakes.add(Mistakes.at(at, "population"), "unknown population '" + name + "': use "
                    + Mistakes.listed(Population.wireNames()));
        }
        return population.orElse(null);
    }

    /** The filter, an empty one when absent; null after a mistake. */
    private Map<Dimension, Set<String>> where(JsonNode node, String at, Population population) {
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            mistakes.add(at, "where must be an object such as {\"referringParty\": [\"MUNICIPALITY\"]}, not "
                    + Mistakes.kind(node));
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
                mistakes.add(dimensionAt, "a filter takes the raw codes of a coded dimension; " + field.getKey()
                        + " has bands, so it cannot filter");
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
            mistakes.add(valuesAt, "a table needs values: a list such as [\"count\", \"shareOfTotal\"]");
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
                mistakes.add(valueAt, "unknown value '" + name + "': use " + VALUES);
            } else if (value.isPresent() && value.get().quantity() == Quantity.THROUGHPUT_MONTHS
                    && population != null && !population.ofClosures()) {
                mistakes.add(valueAt, "throughputMonths can only be used with the populations closures and "
                        + "measuredClosures");
            } else if (value.isPresent() && !names.add(name)) {
                mistakes.add(valueAt, "value '" + name + "' is listed twice");
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
            mistakes.add(ageAtAt, "unknown ageAt '" + name + "': use " + Mistakes.listed(AgeAt.wireNames()));
            return null;
        }
        boolean usesAge = isAgeBand(rows) || isAgeBand(columns)
                || values != null && values.stream().anyMatch(v -> v.quantity() == Quantity.AGE);
        if (ageAt.get() == AgeAt.ENROLMENT && population != null && !population.onlyEnrolled() && usesAge) {
            mistakes.add(ageAtAt, "ages at enrolment need enrolled journeys, and the population "
                    + population.wireName() + " holds journeys that are not: use reference, referral or periodEnd");
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
