package se.finsam.journey.api.tables.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import se.finsam.journey.tables.DefinitionError;

/**
 * The reader's mistakes placed on the form: each at the field its JSON Pointer names (a code inside a group or a
 * filter at the group's or filter's codes, a value at the values), said in the user's language from its code and
 * arguments ({@code tables.error.CODE}; the API's English message where the bundle has none). The anchor of a field
 * is made from its pointer, so the list of mistakes at the top links to each.
 */
public final class FieldMessages {

    private static final Pattern CODE_IN_LIST = Pattern.compile("(/tables/\\d+/(?:rows|columns)/groups/\\d+/codes)/\\d+"
            + "|(/tables/\\d+/where/[^/]+)/\\d+|(/tables/\\d+/values)/\\d+");

    /** One mistake: where it is shown, the anchor of that field, the pointer as the API names it, and what it says. */
    public record Message(String field, String anchor, String pointer, String text) {
    }

    private final Map<String, List<Message>> byField;
    private final List<Message> all;

    private FieldMessages(List<Message> all) {
        this.all = List.copyOf(all);
        Map<String, List<Message>> grouped = new LinkedHashMap<>();
        all.forEach(message -> grouped.computeIfAbsent(message.field(), f -> new ArrayList<>()).add(message));
        this.byField = grouped;
    }

    public static FieldMessages none() {
        return new FieldMessages(List.of());
    }

    public static FieldMessages of(List<DefinitionError> errors, MessageSource messages, Locale locale) {
        return new FieldMessages(errors.stream().map(error -> {
            String field = field(error.pointer());
            return new Message(field, anchor(field), error.pointer(), say(error, messages, locale));
        }).toList());
    }

    /** A mistake in the user's language: in Swedish its code's text with its arguments; in English the API's message. */
    static String say(DefinitionError error, MessageSource messages, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return error.message();
        }
        return messages.getMessage("tables.error." + error.code(), error.arguments().toArray(), error.message(), locale);
    }

    /** The field a pointer's mistake is shown at. */
    static String field(String pointer) {
        var matcher = CODE_IN_LIST.matcher(pointer);
        if (matcher.matches()) {
            for (int g = 1; g <= matcher.groupCount(); g++) {
                if (matcher.group(g) != null) {
                    return matcher.group(g);
                }
            }
        }
        return pointer;
    }

    /** The id of the element of a field: {@code f-tables-0-rows-bands-1-0}. */
    public static String anchor(String field) {
        return "f" + field.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** The id of a field's element (for its label and the links of the list of mistakes). */
    public String id(String field) {
        return anchor(field);
    }

    /** The mistakes shown at a field. */
    public List<Message> at(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The id of the messages at a field, for {@code aria-describedby}; null when there are none. */
    public String describedBy(String field) {
        return has(field) ? anchor(field) + "-error" : null;
    }

    public List<Message> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
