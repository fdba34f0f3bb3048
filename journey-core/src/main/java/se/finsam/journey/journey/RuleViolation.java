package se.finsam.journey.journey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record that the journey's rules do not allow, with a message in the terms staff use. The kind says
 * whether the record itself is wrong or it conflicts with what the journey already holds.
 *
 * <p>Besides its message it says what it is about in a form a program can use: the rule (a stable code), the field
 * of the record it concerns (a dotted path such as {@code person.birthYear}; null when it is about the record as a
 * whole) and the values its message names, so that a page can put it beside the field in the user's language.
 */
public class RuleViolation extends RuntimeException implements Refusal {

    public enum Kind { INVALID, CONFLICT, NOT_FOUND }

    private final Kind kind;
    private final String rule;
    private final String field;
    private final Map<String, Object> arguments;

    public RuleViolation(Kind kind, String rule, String message) {
        this(kind, rule, null, Map.of(), message);
    }

    private RuleViolation(Kind kind, String rule, String field, Map<String, Object> arguments, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
        this.arguments = arguments;
    }

    public static RuleViolation invalid(String rule, String message) {
        return new RuleViolation(Kind.INVALID, rule, message);
    }

    public static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(Kind.CONFLICT, rule, message);
    }

    /** The same violation, about the record's field at {@code path}. */
    public RuleViolation at(String path) {
        return new RuleViolation(kind, rule, path, arguments, getMessage());
    }

    /** The same violation, naming one more of the values its message names (never personal data). */
    public RuleViolation with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(arguments);
        more.put(name, value == null ? null : value instanceof Number || value instanceof Boolean ? value
                : value.toString());
        return new RuleViolation(kind, rule, field, Collections.unmodifiableMap(more), getMessage());
    }

    public Kind kind() {
        return kind;
    }

    /** A stable name of the rule, e.g. {@code closure-before-enrolment}, for clients that translate. */
    public String rule() {
        return rule;
    }

    @Override
    public String code() {
        return rule;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> arguments() {
        return arguments;
    }
}
