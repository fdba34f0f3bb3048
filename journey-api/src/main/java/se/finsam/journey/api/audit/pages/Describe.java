package se.finsam.journey.api.audit.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.finsam.journey.api.reports.DecidingRecord;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.api.reports.ReportQuery;

/** Small renderings the audit pages share: a report question in a line (as the API's audit entries name it), a figure. */
public final class Describe {

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
     * A deciding record (lineage, restatement) as the templates read it: every field by name, the optional ones null
     * when absent, its recorded time also in Swedish local time, and the journey it is of when given.
     */
    public static Map<String, Object> shown(String journeyId, DecidingRecord record) {
        Map<String, Object> shown = new LinkedHashMap<>();
        if (journeyId != null) {
            shown.put("journeyId", journeyId);
        }
        shown.put("recordId", record.recordId());
        shown.put("type", record.type());
        shown.put("date", record.date());
        shown.put("recordedAt", record.recordedAt());
        shown.put("recordedAtLocal", time(record.recordedAt()));
        shown.put("recordedBy", record.recordedBy());
        shown.put("retracted", record.retracted());
        shown.put("retracts", record.retracts());
        shown.put("retractedType", record.retractedType());
        shown.put("reason", record.reason());
        return shown;
    }
}
