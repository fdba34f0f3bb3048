package se.finsam.journey.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import se.finsam.journey.journey.PersonalIdentityNumber;

/**
 * The mistakes found in one definition so far, each at a JSON Pointer, and the checks that every part of the
 * reader makes the same way (text, whole numbers, lists, unknown keys), so that every mistake of a document is
 * said at once and in the same words. Every mistake has a stable code (a page translates it, with its arguments,
 * into the user's language; the English message is the API's): the generic checks' codes are {@code missing},
 * {@code notText}, {@code empty}, {@code tooLong}, {@code notWhole}, {@code notList}, {@code emptyList},
 * {@code tooMany}, {@code unknownKey} and {@code identityNumber}; the others are named where they are found.
 */
final class Mistakes {

    private final List<DefinitionError> found = new ArrayList<>();
    private final boolean refusingIdentityNumbers;

    /** @param refusingIdentityNumbers whether free text (titles, labels, units) is checked for identity numbers */
    Mistakes(boolean refusingIdentityNumbers) {
        this.refusingIdentityNumbers = refusingIdentityNumbers;
    }

    /** A mistake at {@code pointer}: its code, its English message and the arguments a translation needs. */
    void add(String pointer, String code, String message, Object... arguments) {
        found.add(new DefinitionError(pointer, code, Arrays.stream(arguments).map(String::valueOf).toList(),
                message));
    }

    List<DefinitionError> found() {
        return List.copyOf(found);
    }

    boolean none() {
        return found.isEmpty();
    }

    /** The pointer to member {@code key} of the element at {@code at} (RFC 6901: '~' and '/' escaped). */
    static String at(String at, String key) {
        return at + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String at(String at, int index) {
        return at + "/" + index;
    }

    /**
     * Member {@code key}, a non-empty text of at most {@code most} characters; null (and a mistake) when it is
     * missing or not such a text. A {@code null} member counts as missing.
     */
    String text(JsonNode object, String at, String key, String what, int most) {
        JsonNode node = object.get(key);
        String pointer = at(at, key);
        if (node == null || node.isNull()) {
            add(pointer, "missing", what + " is missing");
            return null;
        }
        return text(node, pointer, key, most);
    }

    /** The element as a non-empty text of at most {@code most} characters, or null (and a mistake). */
    String text(JsonNode node, String pointer, String name, int most) {
        if (!node.isTextual()) {
            add(pointer, "notText", name + " must be text, not " + kind(node), kindCode(node));
            return null;
        }
        String text = node.textValue();
        if (text.isBlank()) {
            add(pointer, "empty", name + " cannot be empty");
            return null;
        }
        if (text.codePointCount(0, text.length()) > most) {
            add(pointer, "tooLong", name + " is at most " + most + " characters", most);
            return null;
        }
        return text;
    }

    /**
     * Free text an analyst typed (a title, a label, a referring unit): it is shown on pages and in exports and
     * manifests, so when a new version is written it may not hold anything shaped like a personal identity number.
     * The message never repeats the text. Versions stored before this rule are read as they are (the language only
     * grows), so the check is made on writing only.
     */
    String freeText(String text, String pointer, String what) {
        if (text != null && refusingIdentityNumbers && PersonalIdentityNumber.foundIn(text)) {
            add(pointer, "identityNumber", what + " holds something shaped like a personal identity number; "
                    + "a definition holds no personal data");
            return null;
        }
        return text;
    }

    /** The element as a whole number from {@code low} to {@code high}, or null (and a mistake). */
    Integer whole(JsonNode node, String pointer, String name, int low, int high) {
        BigDecimal value = decimal(node);
        if (value == null || !isWhole(value) || value.compareTo(BigDecimal.valueOf(low)) < 0
                || value.compareTo(BigDecimal.valueOf(high)) > 0) {
            add(pointer, "notWhole", name + " must be a whole number from " + low + " to " + high + ", not " + shown(node),
                    low, high, shown(node));
            return null;
        }
        return value.intValueExact();
    }

    /** The element as a list of at least one and at most {@code most} elements, or null (and a mistake). */
    JsonNode list(JsonNode node, String pointer, String what, String example, int most) {
        if (!node.isArray()) {
            add(pointer, "notList", what + " must be a list, such as " + example + ", not " + kind(node), example,
                    kindCode(node));
            return null;
        }
        if (node.isEmpty()) {
            add(pointer, "emptyList", what + " is empty: give at least one, such as " + example, example);
            return null;
        }
        if (node.size() > most) {
            add(pointer, "tooMany", what + " holds " + node.size() + "; at most " + most + " are allowed", node.size(),
                    most);
            return null;
        }
        return node;
    }

    /** A mistake for every member of {@code object} whose name is not one of {@code known}. */
    void unknownKeys(JsonNode object, String at, List<String> known, String what) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                add(at(at, name), "unknownKey", "unknown key '" + name + "': " + what + " has " + listed(known), name,
                        String.join(", ", known));
            }
        }
    }

    /** {@code a, b or c}. */
    static String listed(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The kind of a JSON value as a code for the translations: array, object, string, number, boolean, null. */
    static String kindCode(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> "something else";
        };
    }

    /** A short rendering of a value for a message (text is quoted, long values are cut). */
    static String shown(JsonNode node) {
        String text = node.isTextual() ? "'" + node.textValue() + "'" : node.isContainerNode() ? kind(node)
                : node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /** A number's exact value; null for no number (or one a double cannot hold, read as infinite). */
    private static BigDecimal decimal(JsonNode node) {
        if (!node.isNumber() || node.isFloatingPointNumber() && !node.isBigDecimal()
                && !Double.isFinite(node.doubleValue())) {
            return null;
        }
        return node.decimalValue();
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
