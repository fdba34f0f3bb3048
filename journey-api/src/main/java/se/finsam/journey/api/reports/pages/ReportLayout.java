package se.finsam.journey.api.reports.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.finsam.journey.api.reports.KeyLabels;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.catalogue.Layout;
import se.finsam.journey.reports.NationalLayout;
import se.finsam.journey.reports.ReportFigures;

/**
 * The catalogue's layout of the report ({@link NationalLayout}) filled in for one report: its labels in the user's
 * language, a row for each key the report has (of this year or last), and each cell the figure standing there. Both
 * the page and the XLSX export lay the report out from this, so they cannot drift apart.
 */
final class ReportLayout {

    /** A section of the report (a heading) with its tables. */
    record Section(String id, String title, List<Table> tables) {
    }

    /** A table: the layout's table, its caption, the column groups (each a value with previous and change), the rows. */
    record Table(Layout.Table layout, String caption, List<String> columns, List<Row> rows) {
    }

    /** A row: its label (already in the user's language) and one figure per column group (null for none). */
    record Row(String label, List<FigureName> names, boolean total) {
    }

    private ReportLayout() {
    }

    /**
     * The sections of a report of {@code now} (with a comparison, {@code before} adds the keys only last year had).
     *
     * @param text resolves a message key in the user's language (the key itself when there is none)
     */
    static List<Section> of(ReportFigures now, ReportFigures before, Function<String, String> text) {
        List<Section> sections = new ArrayList<>();
        for (Layout.Section section : NationalLayout.LAYOUT.sections()) {
            List<Table> tables = new ArrayList<>();
            for (Layout.Table table : section.tables()) {
                if (table.perKey() == null) {
                    tables.add(table(table, text.apply(table.caption()), null, now, before, text));
                } else {
                    for (String key : keys(List.of(table.perKey()), now, before)) {
                        tables.add(table(table, KeyLabels.of(table.perKey().keys(), key, text), key, now, before,
                                text));
                    }
                }
            }
            sections.add(new Section(section.id(), text.apply(section.title()), tables));
        }
        return sections;
    }

    private static Table table(Layout.Table table, String caption, String key, ReportFigures now,
                               ReportFigures before, Function<String, String> text) {
        List<Row> rows = new ArrayList<>();
        for (Layout.Row row : table.rows()) {
            if (row instanceof Layout.Row.Fixed fixed) {
                rows.add(new Row(text.apply(fixed.label()), names(fixed.cells(), key), fixed.total()));
            } else if (row instanceof Layout.Row.ByKey byKey) {
                for (String each : keys(byKey.cells(), now, before)) {
                    String label = byKey.labels() == null ? KeyLabels.of(byKey.cells().get(0).keys(), each, text)
                            : text.apply(byKey.labels() + each);
                    rows.add(new Row(label, names(byKey.cells(), each), false));
                }
            }
        }
        return new Table(table, caption, table.columns().stream().map(text).toList(), rows);
    }

    /** The figure of each column's family with {@code key} (a single family's own figure); null for an empty cell. */
    private static List<FigureName> names(List<FigureFamily> families, String key) {
        List<FigureName> names = new ArrayList<>();
        for (FigureFamily family : families) {
            names.add(family == null ? null : new FigureName(family, family.single() ? null : key));
        }
        return Collections.unmodifiableList(names);
    }

    /** Each family's keys in this report, then those only last year's report had, in report order. */
    private static List<String> keys(List<FigureFamily> families, ReportFigures now, ReportFigures before) {
        Set<String> keys = new LinkedHashSet<>();
        for (FigureFamily family : families) {
            keys.addAll(now.keys(family));
            if (before != null) {
                keys.addAll(before.keys(family));
            }
        }
        return List.copyOf(keys);
    }
}
