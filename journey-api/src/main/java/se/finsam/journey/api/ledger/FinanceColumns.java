package se.finsam.journey.api.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a finance file: each record field by its Swedish column name in the template (or its field name
 * in the API), and the Swedish names of the money record types. Only money is imported from a finance system.
 */
final class FinanceColumns {

    /** Field → the template's Swedish column name, in the template's order. */
    static final Map<String, String> COLUMNS = columns();
    /** Swedish (and API) names of the record types a finance file may hold, in lower case. */
    static final Map<String, String> TYPES = Map.of("tilldelning", "allocation", "allocation", "allocation",
            "budget", "budget", "kostnad", "cost", "utfall", "cost", "cost", "cost", "prognos", "forecast",
            "forecast", "forecast");

    private FinanceColumns() {
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("initiative", "Insats");
        columns.put("association", "Förbund");
        columns.put("type", "Typ");
        columns.put("recordId", "Post-id");
        columns.put("year", "År");
        columns.put("from", "Från");
        columns.put("to", "Till");
        columns.put("date", "Prognosdatum");
        columns.put("financingParty", "Finansiär");
        columns.put("costType", "Kostnadsslag");
        columns.put("amount", "Belopp");
        return columns;
    }

    /** The field a header cell names, by the Swedish column name or the field name, in any letter case. */
    static Optional<String> field(String header) {
        String title = header.strip();
        return COLUMNS.entrySet().stream().filter(c -> c.getValue().equalsIgnoreCase(title)
                || c.getKey().equalsIgnoreCase(title)).map(Map.Entry::getKey).findFirst();
    }

    static Optional<String> type(String text) {
        return Optional.ofNullable(TYPES.get(text.strip().toLowerCase(Locale.forLanguageTag("sv"))));
    }

    /** The template's example rows, by field, in the template's column order. */
    static List<Map<String, String>> examples() {
        return List.of(
                Map.of("initiative", "fns", "type", "Tilldelning", "year", "2025", "financingParty", "Samordningsförbundet",
                        "amount", "1 840 000"),
                Map.of("initiative", "fns", "type", "Tilldelning", "year", "2025", "financingParty", "Fagersta kommun",
                        "amount", "200 000"),
                Map.of("initiative", "fns", "type", "Budget", "year", "2025", "costType", "Personal",
                        "amount", "1 640 000"),
                Map.of("initiative", "fns", "type", "Kostnad", "from", "2025-01-01", "to", "2025-01-31",
                        "costType", "Personal", "amount", "182 255,50"),
                Map.of("initiative", "fns", "type", "Prognos", "year", "2025", "date", "2025-08-15", "costType",
                        "Personal", "amount", "2 190 000"),
                Map.of("association", "vastmanland", "type", "Kostnad", "from", "2025-01-01", "to", "2025-03-31",
                        "costType", "Övriga", "amount", "33 664"));
    }
}
