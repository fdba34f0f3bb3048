package se.finsam.journey.document;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The document's own words (it is written in Swedish), in one place for both renderers. */
public final class Wording {

    public static final String CONTENTS = "Innehåll";
    public static final String LANGUAGE_TAG = "sv-SE";
    /** The time zone in which an as-of instant is written on the title page. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private Wording() {
    }

    public static String tableCaption(int number, String caption) {
        return "Tabell " + number + ". " + caption;
    }

    public static String chartCaption(int number, String title) {
        return "Diagram " + number + ". " + title;
    }

    /** The line under a table or chart that lets an auditor trace its numbers. */
    public static String manifestLine(String manifestId) {
        return "Manifest " + manifestId + " — kan kontrolleras i journey";
    }

    /** The footnote under a table with hidden cells. */
    public static String suppressedNote(Integer limit) {
        return limit == null
                ? "· Värdet visas inte: det gäller så få personer att de skulle kunna identifieras (skydd för små tal)."
                : "· Värdet visas inte: det gäller färre än " + limit + " personer, eller skulle låta ett sådant värde "
                        + "räknas fram (skydd för små tal).";
    }

    public static String period(Period period) {
        return "Period " + period.label();
    }

    public static String made(TitlePage page) {
        return "Framtagen " + page.made();
    }

    /** What the title page says about where the figures come from. */
    public static String provenance(Provenance provenance) {
        String position = SwedishNumbers.format(java.math.BigDecimal.valueOf(provenance.position()), Unit.COUNT);
        String known = provenance.asOf() == null ? "" : ", så som de var kända " + minute(provenance.asOf());
        return "Gjord med journey. Siffrorna är exakta per händelseposition " + position + known
                + ". Varje tabell anger sitt manifest, som kan kontrolleras i journey.";
    }

    public static String footer(TitlePage page) {
        return page.subject() + " · " + page.kind();
    }

    public static String pageOf(int page, int pages) {
        return "Sida " + page + " av " + pages;
    }

    public static String minute(Instant instant) {
        return MINUTE.format(instant);
    }
}
