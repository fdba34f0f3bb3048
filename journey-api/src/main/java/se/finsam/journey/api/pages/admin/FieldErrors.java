package se.finsam.journey.api.pages.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, as message keys of the admin bundle with their arguments:
 * the template shows each next to its field (linked with {@code aria-describedby}) in the user's language.
 */
public final class FieldErrors {

    private final Map<String, Error> errors = new LinkedHashMap<>();

    /** One problem: a message key and its arguments. */
    public record Error(String key, Object[] arguments) {
    }

    void add(String field, String key, Object... arguments) {
        errors.putIfAbsent(field, new Error(key, arguments));
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public Error of(String field) {
        return errors.get(field);
    }

    public boolean any() {
        return !errors.isEmpty();
    }
}
