package se.finsam.journey.tables;

import java.util.List;
import java.util.Optional;

/** A definition in table language {@code v1}, checked: a title and one or more tables with distinct ids. */
public record TableDefinition(String title, List<TableSpec> tables) {

    public TableDefinition {
        tables = List.copyOf(tables);
    }

    public Optional<TableSpec> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
