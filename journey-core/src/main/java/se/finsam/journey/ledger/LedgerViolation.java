package se.finsam.journey.ledger;

import java.util.List;

/**
 * A ledger record the rules refuse. It names the field that is wrong (a JSON field of the record, or null when the
 * record as a whole is refused), a stable {@code code} a page translates, with its {@code arguments}, and a message in
 * English for clients that show the detail as it is. The kind says whether the record itself is wrong (422), it
 * conflicts with what the ledger holds (409), or what it names does not exist (404).
 */
public class LedgerViolation extends RuntimeException {

    public enum Kind { INVALID, CONFLICT, NOT_FOUND }

    private final Kind kind;
    private final String field;
    private final String code;
    private final List<String> arguments;

    public LedgerViolation(Kind kind, String field, String code, List<String> arguments, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
        this.code = code;
        // An argument is often what was typed: never hand one on that could be somebody's identity number.
        this.arguments = arguments.stream().map(a -> a != null && FreeText.holdsIdentityNumber(a) ? "(hidden)"
                : String.valueOf(a)).toList();
    }

    public static LedgerViolation invalid(String field, String code, String message, String... arguments) {
        return new LedgerViolation(Kind.INVALID, field, code, List.of(arguments), message);
    }

    public static LedgerViolation conflict(String field, String code, String message, String... arguments) {
        return new LedgerViolation(Kind.CONFLICT, field, code, List.of(arguments), message);
    }

    public Kind kind() {
        return kind;
    }

    /** The record's field that is wrong, e.g. {@code amount}; null when it is the record as a whole. */
    public String field() {
        return field;
    }

    /** A stable name of the rule, e.g. {@code amount-ambiguous}, for clients and pages that translate. */
    public String code() {
        return code;
    }

    /** The values the message names, in the order a translation's {@code {0}}, {@code {1}} take them. */
    public List<String> arguments() {
        return arguments;
    }
}
