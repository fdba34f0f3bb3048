package se.finsam.journey.api.audit.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.api.reports.ReportQuery;

/** Small renderings the audit pages share: a report question in a line (as the API's audit entries name it), a figure. */
final class Describe {

    private Describe() {
    }

    /**
     * The report question in the words the API's lineage endpoint writes into the read audit trail, so that an
     * auditor filtering the trail finds a page view and an API call of the same question alike.
     */
    static String question(ReportQuery query) {
        String scope = query.association() != null ? "association=" + query.association()
                : "initiative=" + String.join(",", query.initiatives());
        return scope + " from=" + query.from() + " to=" + query.to() + (query.asOf() == null ? "" : " asOf=" + query.asOf());
    }

    /** A figure as the user's language writes numbers (1 234,5 in Swedish); null (over nobody) as a dash. */
    static String number(Object value, Locale locale) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(1);
            return format.format(number instanceof BigDecimal decimal ? decimal : number.doubleValue());
        }
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
            return node.isNull() ? "–" : node.isNumber() ? number(node.decimalValue(), locale) : node.asText();
        }
        return value.toString();
    }

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Journey.SWEDEN);

    /** An instant as a team in Sweden reads it (their local time, to the second). */
    static String time(Object instant) {
        return instant == null ? "–" : LOCAL_TIME.format(instant instanceof Instant i ? i : Instant.parse(instant.toString()));
    }

    /**
     * A deciding record's view (lineage, restatement) with its recorded time also in Swedish local time, and every
     * optional field present (null when absent).
     */
    static Map<String, Object> withLocalTime(Map<String, Object> record) {
        Map<String, Object> shown = new LinkedHashMap<>(record);
        shown.put("recordedAtLocal", time(record.get("recordedAt")));
        // The templates ask every record for these; a map without the key would fail the page, not answer null.
        for (String optional : new String[]{"retracted", "retracts", "retractedType", "reason"}) {
            shown.putIfAbsent(optional, null);
        }
        return shown;
    }
}
