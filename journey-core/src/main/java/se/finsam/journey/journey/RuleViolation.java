package se.finsam.journey.journey;

/**
 * A record that the journey's rules do not allow, with a message in the terms staff use. The kind says
 * whether the record itself is wrong or it conflicts with what the journey already holds.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, CONFLICT, NOT_FOUND }

    private final Kind kind;
    private final String rule;

    public RuleViolation(Kind kind, String rule, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
    }

    public static RuleViolation invalid(String rule, String message) {
        return new RuleViolation(Kind.INVALID, rule, message);
    }

    public static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(Kind.CONFLICT, rule, message);
    }

    public Kind kind() {
        return kind;
    }

    /** A stable name of the rule, e.g. {@code closure-before-enrolment}, for clients that translate. */
    public String rule() {
        return rule;
    }
}
