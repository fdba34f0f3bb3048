package se.finsam.journey.api.tables.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.journey.tables.Axis;
import se.finsam.journey.tables.Band;
import se.finsam.journey.tables.Dimension;
import se.finsam.journey.tables.Group;
import se.finsam.journey.tables.TableDefinition;
import se.finsam.journey.tables.TableSpec;
import se.finsam.journey.tables.TableValue;

/**
 * What changed between two versions of a definition, in words, for the side-by-side page: each table of either
 * version (added, removed, changed or the same) described line by line in both, the lines that differ marked, and
 * the changes said one by one — the title, population, rows and columns (their dimension, bands added and removed,
 * groups added, removed and given other codes), filter, values, the day ages are taken at, and decimals.
 */
final class DefinitionChanges {

    enum Status { ADDED, REMOVED, CHANGED, SAME }

    /** One aspect of a table in both versions ({@code left} or {@code right} null where the table is missing). */
    record Line(String label, String left, String right) {
        public boolean changed() {
            return !Objects.equals(left, right);
        }
    }

    record TableChanges(String id, String title, Status status, List<Line> lines, List<String> changes) {
        public String statusName() {
            return status.name().toLowerCase(Locale.ROOT);
        }
    }

    record Comparison(Line title, List<TableChanges> tables) {
        public boolean same() {
            return !title.changed() && tables.stream().allMatch(t -> t.status() == Status.SAME);
        }
    }

    private final TableLabels labels;
    private final Locale locale;

    private DefinitionChanges(TableLabels labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    static Comparison of(TableDefinition left, TableDefinition right, TableLabels labels, Locale locale) {
        DefinitionChanges words = new DefinitionChanges(labels, locale);
        Set<String> ids = new LinkedHashSet<>();
        left.tables().forEach(t -> ids.add(t.id()));
        right.tables().forEach(t -> ids.add(t.id()));
        List<TableChanges> tables = new ArrayList<>();
        for (String id : ids) {
            tables.add(words.table(id, left.table(id), right.table(id)));
        }
        return new Comparison(new Line(labels.message("tables.aspect.definitionTitle", locale), left.title(),
                right.title()), tables);
    }

    private TableChanges table(String id, Optional<TableSpec> left, Optional<TableSpec> right) {
        List<Line> lines = List.of(
                line("title", left, right, TableSpec::title),
                line("population", left, right, t -> labels.population(t.population(), locale)),
                line("rows", left, right, t -> axis(t.rows())),
                line("columns", left, right, t -> t.columns() == null ? say("tables.none") : axis(t.columns())),
                line("where", left, right, this::filter),
                line("values", left, right, t -> t.values().stream().map(v -> labels.value(v, locale))
                        .collect(Collectors.joining(", "))),
                line("ageAt", left, right, t -> labels.ageAt(t.ageAt(), locale)),
                line("decimals", left, right, t -> String.valueOf(t.decimals())));
        String title = right.or(() -> left).map(TableSpec::title).orElse(id);
        if (left.isEmpty()) {
            return new TableChanges(id, title, Status.ADDED, lines, List.of(say("tables.change.tableAdded", title)));
        }
        if (right.isEmpty()) {
            return new TableChanges(id, title, Status.REMOVED, lines, List.of(say("tables.change.tableRemoved", title)));
        }
        List<String> changes = changes(left.get(), right.get(), lines);
        return new TableChanges(id, title, changes.isEmpty() ? Status.SAME : Status.CHANGED, lines, changes);
    }

    private List<String> changes(TableSpec left, TableSpec right, List<Line> lines) {
        List<String> changes = new ArrayList<>();
        for (Line line : lines) {
            if (!line.changed()) {
                continue;
            }
            if (line.label().equals(say("tables.aspect.rows"))) {
                changes.addAll(axisChanges(say("tables.aspect.rows"), left.rows(), right.rows()));
            } else if (line.label().equals(say("tables.aspect.columns"))) {
                changes.addAll(axisChanges(say("tables.aspect.columns"), left.columns(), right.columns()));
            } else if (line.label().equals(say("tables.aspect.values"))) {
                List<String> added = names(right.values(), left.values());
                List<String> removed = names(left.values(), right.values());
                if (!added.isEmpty()) {
                    changes.add(say("tables.change.valuesAdded", String.join(", ", added)));
                }
                if (!removed.isEmpty()) {
                    changes.add(say("tables.change.valuesRemoved", String.join(", ", removed)));
                }
                if (added.isEmpty() && removed.isEmpty()) {
                    changes.add(say("tables.change.valuesOrder"));
                }
            } else {
                changes.add(say("tables.change.aspect", line.label(), line.left(), line.right()));
            }
        }
        return changes;
    }

    private List<String> axisChanges(String which, Axis left, Axis right) {
        if (left == null || right == null || left.by() != right.by()) {
            return List.of(say("tables.change.aspect", which, left == null ? say("tables.none") : axis(left),
                    right == null ? say("tables.none") : axis(right)));
        }
        List<String> changes = new ArrayList<>();
        List<Band> addedBands = right.bands().stream().filter(b -> !left.bands().contains(b)).toList();
        List<Band> removedBands = left.bands().stream().filter(b -> !right.bands().contains(b)).toList();
        if (!addedBands.isEmpty()) {
            changes.add(say("tables.change.bandsAdded", which, bands(right.by(), addedBands)));
        }
        if (!removedBands.isEmpty()) {
            changes.add(say("tables.change.bandsRemoved", which, bands(left.by(), removedBands)));
        }
        Map<String, Group> before = left.groups().stream().collect(Collectors.toMap(Group::label, g -> g));
        Map<String, Group> after = right.groups().stream().collect(Collectors.toMap(Group::label, g -> g));
        for (Group group : right.groups()) {
            Group earlier = before.get(group.label());
            if (earlier == null) {
                changes.add(say("tables.change.groupAdded", which, group.label(), codes(right.by(), group.codes())));
            } else if (!earlier.codes().equals(group.codes())) {
                changes.add(say("tables.change.groupCodes", which, group.label(), codes(right.by(), earlier.codes()),
                        codes(right.by(), group.codes())));
            }
        }
        left.groups().stream().filter(g -> !after.containsKey(g.label())).forEach(group ->
                changes.add(say("tables.change.groupRemoved", which, group.label())));
        if (changes.isEmpty()) {
            changes.add(say("tables.change.order", which));
        }
        return changes;
    }

    private String axis(Axis axis) {
        String by = labels.dimension(axis.by(), locale);
        if (!axis.bands().isEmpty()) {
            return by + ": " + bands(axis.by(), axis.bands());
        }
        if (!axis.groups().isEmpty()) {
            return by + ": " + axis.groups().stream().map(g -> g.label() + " (" + codes(axis.by(), g.codes()) + ")")
                    .collect(Collectors.joining("; "));
        }
        return by;
    }

    private String filter(TableSpec table) {
        if (table.where().isEmpty()) {
            return say("tables.none");
        }
        return table.where().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> labels.dimension(e.getKey(), locale) + ": " + codes(e.getKey(), List.copyOf(e.getValue())))
                .collect(Collectors.joining("; "));
    }

    private String bands(Dimension by, List<Band> bands) {
        Axis axis = new Axis(by, bands, List.of());
        return bands.stream().map(b -> labels.category(axis, b.label(), locale)).collect(Collectors.joining(", "));
    }

    private String codes(Dimension by, List<String> codes) {
        return codes.stream().map(code -> labels.code(by, code, locale)).collect(Collectors.joining(", "));
    }

    private List<String> names(List<TableValue> these, List<TableValue> notIn) {
        return these.stream().filter(v -> !notIn.contains(v)).map(v -> labels.value(v, locale)).toList();
    }

    private Line line(String aspect, Optional<TableSpec> left, Optional<TableSpec> right,
                      java.util.function.Function<TableSpec, String> describe) {
        return new Line(say("tables.aspect." + aspect), left.map(describe).orElse(null),
                right.map(describe).orElse(null));
    }

    private String say(String key, Object... arguments) {
        return labels.message(key, locale, arguments);
    }
}
