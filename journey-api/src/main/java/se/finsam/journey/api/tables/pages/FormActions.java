package se.finsam.journey.api.tables.pages;

import java.util.List;

/**
 * What the form's buttons do to it, without JavaScript: add or remove a table, a band, a group or a filter
 * ({@code addBand:T:rows}, {@code removeGroup:T:columns:G}, …). A name that is no such action, or points past the
 * form's lists, changes nothing: the form comes back as it was sent.
 */
final class FormActions {

    private static final int MOST_ROWS_ADDED = 100;

    private FormActions() {
    }

    static void apply(DefinitionForm form, String action) {
        String[] part = action.split(":");
        try {
            switch (part[0]) {
                case "addTable" -> {
                    if (form.tables.size() < MOST_ROWS_ADDED) {
                        form.tables.add(DefinitionForm.emptyTable());
                    }
                }
                case "removeTable" -> remove(form.tables, part[1]);
                case "addBand" -> add(axis(form, part).bands, new DefinitionForm.BandForm());
                case "removeBand" -> remove(axis(form, part).bands, part[3]);
                case "addGroup" -> add(axis(form, part).groups, new DefinitionForm.GroupForm());
                case "removeGroup" -> remove(axis(form, part).groups, part[3]);
                case "addFilter" -> add(table(form, part[1]).filters, new DefinitionForm.FilterForm());
                case "removeFilter" -> remove(table(form, part[1]).filters, part[2]);
                default -> {
                    // refresh, preview: the form as it is
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            // A button the form did not have: nothing to change.
        }
    }

    private static DefinitionForm.AxisForm axis(DefinitionForm form, String[] part) {
        DefinitionForm.TableForm table = table(form, part[1]);
        return "columns".equals(part[2]) ? table.columns : table.rows;
    }

    private static DefinitionForm.TableForm table(DefinitionForm form, String index) {
        return form.tables.get(Integer.parseInt(index));
    }

    private static <T> void add(List<T> list, T element) {
        if (list.size() < MOST_ROWS_ADDED) {
            list.add(element);
        }
    }

    private static void remove(List<?> list, String index) {
        list.remove(Integer.parseInt(index));
    }
}
