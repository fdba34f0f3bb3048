package se.finsam.journey.api.tables.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import se.finsam.journey.tables.Dimension;

/**
 * The definition form as sent: a definition's title and its tables, each with the fields of the language (table
 * language v1) laid out so that no JSON is written. It turns into the same JSON document a client sends to
 * {@code PUT /api/v1/definitions/{id}}, and back: the form is a way to write that document, so its mistakes are the
 * reader's, at the same JSON Pointers. Fields are public because the form is bound field by field (nested lists
 * grow as the browser names their elements) and read so by the template; it has no rules of its own.
 */
public class DefinitionForm {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public String id;
    public String title;
    public List<TableForm> tables = new ArrayList<>();
    /** The button pressed: save, preview, refresh, addTable, removeTable:T, addBand:T:axis, … */
    public String action;
    /** The scope of the preview: {@code initiative:CODE} or {@code association:CODE}. */
    public String previewScope;
    /** The kind of period of the preview: a calendar year or July–June. */
    public String previewPeriod;
    public String previewYear;

    /** One table of the form. */
    public static class TableForm {
        public String id;
        public String title;
        public String population;
        public AxisForm rows = new AxisForm();
        public AxisForm columns = new AxisForm();
        public List<FilterForm> filters = new ArrayList<>();
        public List<String> values = new ArrayList<>();
        public String ageAt;
        public String decimals;

        public boolean hasValue(String name) {
            return values != null && values.contains(name);
        }
    }

    /** Rows or columns: the dimension ({@code by}, empty for no columns), its bands or its groups. */
    public static class AxisForm {
        public String by;
        public List<BandForm> bands = new ArrayList<>();
        public List<GroupForm> groups = new ArrayList<>();

        public boolean banded() {
            return dimension() != null && dimension().isBanded();
        }

        public boolean coded() {
            return dimension() != null && dimension().kind() == Dimension.Kind.CODED;
        }

        public Dimension dimension() {
            return by == null ? null : Dimension.byWireName(by).orElse(null);
        }
    }

    /** A band: its low and high ends as typed (an empty high end means "and older"). */
    public static class BandForm {
        public String low;
        public String high;
    }

    /** A group: its label and its codes (ticked from the code list, or one per line for open dimensions). */
    public static class GroupForm {
        public String label;
        public List<String> codes = new ArrayList<>();
        public String codesText;

        public boolean has(String code) {
            return codes != null && codes.contains(code);
        }
    }

    /** One condition of the filter: a dimension and the codes a journey must have one of. */
    public static class FilterForm {
        public String by;
        public List<String> codes = new ArrayList<>();
        public String codesText;

        public boolean has(String code) {
            return codes != null && codes.contains(code);
        }

        public Dimension dimension() {
            return by == null ? null : Dimension.byWireName(by).orElse(null);
        }
    }

    /** A form with one empty table, counted and shared by total, to start from. */
    public static DefinitionForm empty() {
        DefinitionForm form = new DefinitionForm();
        form.tables.add(emptyTable());
        return form;
    }

    static TableForm emptyTable() {
        TableForm table = new TableForm();
        table.population = "participants";
        table.rows.by = "gender";
        table.values = new ArrayList<>(List.of("count", "shareOfTotal"));
        return table;
    }

    /** The document the form writes: exactly what a client would send for the same definition. */
    public ObjectNode document() {
        ObjectNode document = JSON.objectNode();
        putText(document, "title", title);
        ArrayNode list = document.putArray("tables");
        for (TableForm table : tables) {
            ObjectNode node = list.addObject();
            putText(node, "id", table.id);
            putText(node, "title", table.title);
            putText(node, "population", table.population);
            node.set("rows", axis(table.rows));
            if (table.columns != null && present(table.columns.by)) {
                node.set("columns", axis(table.columns));
            }
            ObjectNode where = JSON.objectNode();
            for (FilterForm filter : table.filters) {
                if (present(filter.by)) {
                    where.set(filter.by.strip(), codes(filter.dimension(), filter.codes, filter.codesText));
                }
            }
            if (!where.isEmpty()) {
                node.set("where", where);
            }
            ArrayNode values = node.putArray("values");
            table.values.stream().filter(DefinitionForm::present).forEach(values::add);
            if (present(table.ageAt) && !table.ageAt.equals("reference")) {
                node.put("ageAt", table.ageAt.strip());
            }
            if (present(table.decimals) && !table.decimals.strip().equals("1")) {
                node.set("decimals", number(table.decimals));
            }
        }
        return document;
    }

    private static ObjectNode axis(AxisForm axis) {
        ObjectNode node = JSON.objectNode();
        putText(node, "by", axis.by);
        if (axis.banded()) {
            ArrayNode bands = node.putArray("bands");
            for (BandForm band : axis.bands) {
                ArrayNode pair = bands.addArray();
                pair.add(number(band.low));
                pair.add(present(band.high) ? number(band.high) : JSON.nullNode());
            }
        } else if (!axis.groups.isEmpty()) {
            ArrayNode groups = node.putArray("groups");
            for (GroupForm group : axis.groups) {
                ObjectNode g = groups.addObject();
                putText(g, "label", group.label);
                g.set("codes", codes(axis.dimension(), group.codes, group.codesText));
            }
        }
        return node;
    }

    /** Ticked codes of a coded dimension; otherwise the codes typed one per line. */
    private static ArrayNode codes(Dimension dimension, List<String> ticked, String typed) {
        ArrayNode codes = JSON.arrayNode();
        if (dimension != null && dimension.kind() == Dimension.Kind.CODED) {
            ticked.stream().filter(DefinitionForm::present).forEach(codes::add);
        } else if (typed != null) {
            typed.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(codes::add);
        }
        return codes;
    }

    /** A whole number as a number; anything else as the text it is, for the reader to name the mistake. */
    private static JsonNode number(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return JSON.numberNode(new BigInteger(text));
        } catch (NumberFormatException e) {
            return JSON.textNode(text);
        }
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (present(value)) {
            node.put(key, value.strip());
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The form of a document (a stored version, or JSON an analyst wrote), as far as it is of the language's shape. */
    public static DefinitionForm of(String id, JsonNode document) {
        DefinitionForm form = new DefinitionForm();
        form.id = id;
        form.title = text(document.get("title"));
        for (JsonNode node : iterable(document.get("tables"))) {
            TableForm table = new TableForm();
            table.id = text(node.get("id"));
            table.title = text(node.get("title"));
            table.population = text(node.get("population"));
            table.rows = axisOf(node.get("rows"));
            table.columns = axisOf(node.get("columns"));
            JsonNode where = node.get("where");
            if (where != null && where.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = where.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> condition = it.next();
                    FilterForm filter = new FilterForm();
                    filter.by = condition.getKey();
                    filter.codes = texts(condition.getValue());
                    filter.codesText = String.join("\n", filter.codes);
                    table.filters.add(filter);
                }
            }
            table.values = texts(node.get("values"));
            table.ageAt = text(node.get("ageAt"));
            table.decimals = node.hasNonNull("decimals") ? node.get("decimals").asText() : null;
            form.tables.add(table);
        }
        return form;
    }

    private static AxisForm axisOf(JsonNode node) {
        AxisForm axis = new AxisForm();
        if (node == null || !node.isObject()) {
            return axis;
        }
        axis.by = text(node.get("by"));
        for (JsonNode band : iterable(node.get("bands"))) {
            BandForm read = new BandForm();
            read.low = band.path(0).isMissingNode() ? null : band.path(0).asText();
            read.high = band.path(1).isNull() || band.path(1).isMissingNode() ? null : band.path(1).asText();
            axis.bands.add(read);
        }
        for (JsonNode group : iterable(node.get("groups"))) {
            GroupForm read = new GroupForm();
            read.label = text(group.get("label"));
            read.codes = texts(group.get("codes"));
            read.codesText = String.join("\n", read.codes);
            axis.groups.add(read);
        }
        return axis;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        iterable(node).forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
