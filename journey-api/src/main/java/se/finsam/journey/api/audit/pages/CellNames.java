package se.finsam.journey.api.audit.pages;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A report cell's dotted path ({@code participants.byGender.WOMAN}) as words a team member reads ("Deltagare efter
 * kön: Kvinna"): the figure from the audit bundle, the code from the shared code lists. A path the bundle does not
 * know is shown as it is, so a new figure is never hidden, only less readable.
 */
@Component
public class CellNames {

    /** Which code list the keys of a breakdown come from, by the breakdown's last path segment. */
    private static final Map<String, String> CODE_LISTS = Map.ofEntries(
            Map.entry("byGender", "gender"), Map.entry("newByGender", "gender"),
            Map.entry("meanAgeAtClosure", "gender"), Map.entry("meanYearsInPublicSupport", "gender"),
            Map.entry("meanMonthsByGender", "gender"), Map.entry("byAgeBand", "ageBand"),
            Map.entry("byReferringParty", "referringParty"), Map.entry("newByReferringParty", "referringParty"),
            Map.entry("bySupportBefore", "supportSource"), Map.entry("newBySupportBefore", "supportSource"),
            Map.entry("bySupportAfter", "supportSource"), Map.entry("byCause", "closureCause"),
            Map.entry("byTimeInPublicSupport", "yearsInSupport"), Map.entry("bySector", "sector"),
            Map.entry("byInstrument", "instrument"));

    private final MessageSource messages;

    public CellNames(MessageSource messages) {
        this.messages = messages;
    }

    public String name(String cell, Locale locale) {
        String whole = message("audit.cell." + cell, locale);
        if (whole != null) {
            return whole;
        }
        String[] parts = cell.split("\\.");
        if (parts.length == 4 && cell.startsWith("assessments.byInstrument.")) {
            String statistic = message("audit.cell.assessments.statistic." + parts[3], locale);
            return message("audit.cell.assessments.byInstrument", locale) + ", " + key("byInstrument", parts[2], locale)
                    + ": " + (statistic == null ? parts[3] : statistic);
        }
        if (parts.length >= 3) {
            String group = parts[0] + "." + parts[1];
            String figure = message("audit.cell." + group, locale);
            if (figure != null) {
                String key = cell.substring(group.length() + 1);
                return figure + ": " + key(parts[1], key, locale);
            }
        }
        return cell;
    }

    private String key(String breakdown, String key, Locale locale) {
        if ("all".equals(key)) {
            return message("audit.cell.all", locale);
        }
        if (breakdown.endsWith("ByReferringUnit") || breakdown.equals("byReferringUnit")) {
            int colon = key.indexOf(':');
            if (colon > 0) {
                String party = message("code.referringParty." + key.substring(0, colon), locale);
                return (party == null ? key.substring(0, colon) : party) + ": " + key.substring(colon + 1);
            }
        }
        String list = CODE_LISTS.get(breakdown);
        String label = list == null ? null : message("code." + list + "." + key, locale);
        return label == null ? key : label;
    }

    private String message(String code, Locale locale) {
        try {
            return messages.getMessage(code, null, locale);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }
}
