package se.finsam.journey.document;

import java.util.Arrays;
import java.util.List;

/**
 * The column headers of a table's number columns, in one or two levels: groups ("2025", "2024", "förändring"), each
 * over its columns ("antal", "andel"). A table whose groups have no label has one header row.
 *
 * @param stub the header over the row labels, e.g. "Avslutsorsak" (may be empty)
 */
public record Columns(String stub, List<Group> groups) {

    /** A group of columns under one label; a null or empty label means no upper header over them. */
    public record Group(String label, List<String> columns) {
        public Group {
            label = Text.optional(label);
            columns = columns.stream().map(column -> Text.required(column, "a column header")).toList();
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a column group has at least one column");
            }
        }

        public static Group of(String label, String... columns) {
            return new Group(label, Arrays.asList(columns));
        }
    }

    public Columns {
        stub = stub == null ? "" : Text.clean(stub).strip();
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one number column");
        }
    }

    /** One header row: these columns. */
    public static Columns of(String stub, String... columns) {
        return new Columns(stub, List.of(new Group(null, Arrays.asList(columns))));
    }

    /** Two header rows when any group has a label. */
    public static Columns grouped(String stub, Group... groups) {
        return new Columns(stub, Arrays.asList(groups));
    }

    public boolean twoLevels() {
        return groups.stream().anyMatch(group -> group.label() != null);
    }

    /** The number columns, left to right. */
    public List<String> leaves() {
        return groups.stream().flatMap(group -> group.columns().stream()).toList();
    }
}
