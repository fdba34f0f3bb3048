package se.finsam.journey.reports;

import java.util.Arrays;
import java.util.Optional;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.journey.CurrentJourney;

/**
 * The key of a referring unit in the report's breakdowns and in tables (DOMAIN.md): {@code PARTY:unit}, the
 * referring party's code, a colon, and the unit as it was typed. Party codes hold no colon, so the first colon
 * divides the two; the unit may hold anything else, dots and colons included.
 */
public record ReferringUnitKey(ReferringParty party, String unit) {

    public String key() {
        return party.name() + ":" + unit;
    }

    /** The journey's unit key, or null when it names no unit. */
    public static String of(CurrentJourney journey) {
        String unit = journey.referringUnit();
        return unit == null || unit.isEmpty() ? null : new ReferringUnitKey(journey.referringParty(), unit).key();
    }

    /** The party and unit of a key, if it is one: a party's code, a colon and a unit that is not empty. */
    public static Optional<ReferringUnitKey> parse(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            return Optional.empty();
        }
        String party = key.substring(0, colon);
        return Arrays.stream(ReferringParty.values()).filter(p -> p.name().equals(party)).findFirst()
                .map(p -> new ReferringUnitKey(p, key.substring(colon + 1)));
    }
}
