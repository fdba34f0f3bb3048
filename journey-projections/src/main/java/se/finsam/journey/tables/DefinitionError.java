package se.finsam.journey.tables;

import java.util.List;

/**
 * A mistake in a definition: a JSON Pointer to the most specific element that is wrong, a stable {@code code} with
 * its {@code arguments} (what a page needs to say the mistake in the user's language; the codes are listed in
 * {@link Mistakes}), and what is wrong in English, as the API answers it.
 */
public record DefinitionError(String pointer, String code, List<String> arguments, String message) {

    public DefinitionError {
        arguments = List.copyOf(arguments);
    }
}
