package se.finsam.journey.api.organisation.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, as message keys of the admin bundle with at most one argument:
 * the template shows each next to its field (linked with {@code aria-describedby}) in the user's language.
 */
public final class FieldErrors {

    private final Map<String, Error> errors = new LinkedHashMap<>();

    /**
     * One problem: a message key and its argument (null if it has none). One, because Thymeleaf's
     * {@code #{key(${args})}} passes an array as a single argument.
     */
    public record Error(String key, Object argument) {
    }

    void add(String field, String key) {
        add(field, key, null);
    }

    void add(String field, String key, Object argument) {
        errors.putIfAbsent(field, new Error(key, argument));
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
