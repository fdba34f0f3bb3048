package se.finsam.journey.api.reports;

import java.util.function.Function;
import se.finsam.journey.catalogue.Keys;
import se.finsam.journey.reports.ReferringUnitKey;

/**
 * The key of a figure in words, for the pages and exports: a code by its label in the shared code lists
 * ({@code code.<list>.<key>}), a referring unit as its party's label and the unit ("Kommunen: IFO"), a municipality
 * as its code and, where the bundle knows it, its name ("1980 Västerås"). {@code text} resolves a message key and
 * answers the key itself when there is no such message.
 */
public final class KeyLabels {

    private KeyLabels() {
    }

    public static String of(Keys keys, String key, Function<String, String> text) {
        if (keys instanceof Keys.Open open) {
            return switch (open.list()) {
                case "referringUnit" -> ReferringUnitKey.parse(key)
                        .map(unit -> text.apply("code.referringParty." + unit.party().name()) + ": " + unit.unit())
                        .orElse(key);
                case "municipality" -> {
                    String name = text.apply("reports.municipality." + key);
                    yield name.equals("reports.municipality." + key) ? key : key + " " + name;
                }
                default -> key;
            };
        }
        return keys instanceof Keys.Codes codes ? text.apply("code." + codes.list() + "." + key) : key;
    }
}
