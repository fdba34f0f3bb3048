package se.finsam.journey.api.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a report document that hold the team's own text, in the document's order, after the seed reports
 * (shared/seeds: "Inledning", "Verksamhet", "Lokala mål och resultat", "Ekonomiskt resultat", "Framtidsspaning"…).
 * The key is what the API and the store name a section by; the heading is the document's.
 */
public enum ReportSection {
    INLEDNING("inledning", "Inledning"),
    VERKSAMHETEN("verksamheten", "Verksamheten"),
    DELTAGARE("deltagare", "Deltagare och resultat"),
    MALUPPFYLLELSE("maluppfyllelse", "Lokala mål och måluppfyllelse"),
    PERSONAL("personal", "Personal"),
    EKONOMI("ekonomi", "Ekonomiskt resultat"),
    AKTIVITETER("aktiviteter", "Grupp- och strukturaktiviteter"),
    AVSLUTNING("avslutning", "Framtidsspaning och avslutning");

    private final String key;
    private final String heading;

    ReportSection(String key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    public static Optional<ReportSection> ofKey(String key) {
        return Arrays.stream(values()).filter(section -> section.key.equals(key)).findFirst();
    }
}
