package se.finsam.journey.api.recording.pages;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.recording.RecordSchema;
import se.finsam.journey.api.recording.RecordSchema.CodeList;
import se.finsam.journey.api.web.PagesConfiguration;
import se.finsam.journey.journey.RecordType;

/**
 * Labels of codes and fields in the user's language, and the way back from a Swedish label to its code: a
 * spreadsheet says "Kvinna" or "Arbete" where the API says {@code WOMAN} or {@code WORK}.
 */
@Component
class CodeLabels {

    private final MessageSource messages;

    CodeLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(String codes, String code, Locale locale) {
        return messages.getMessage(codes + "." + code, null, code, locale);
    }

    /** The column name of a field in the template (always Swedish, as teams' spreadsheets are). */
    String column(String field) {
        return messages.getMessage("field." + field, null, field, PagesConfiguration.SWEDISH);
    }

    String message(String key, Object[] args, String fallback, Locale locale) {
        return messages.getMessage(key, args, fallback, locale);
    }

    /** The message key prefix of a code list's labels: {@code code.gender}. */
    static String prefix(CodeList list) {
        return "code." + list.key();
    }

    /** The code a cell means: the code itself or its Swedish label, either case; anything else as it is. */
    String code(CodeList list, String text) {
        String value = text.strip();
        for (String code : list.codes()) {
            if (code.equalsIgnoreCase(value)
                    || label(prefix(list), code, PagesConfiguration.SWEDISH).equalsIgnoreCase(value)) {
                return code;
            }
        }
        return value;
    }

    /**
     * Why a record was refused, from its code and the values it names ({@code refusal.<code>}); the service's own
     * (English) text only when no bundle knows the code.
     */
    String refusal(String code, Map<String, Object> arguments, String fallback, Locale locale) {
        Object[] values = arguments == null || arguments.isEmpty() ? null
                : arguments.values().stream().map(String::valueOf).toArray();
        return code == null ? fallback : messages.getMessage("refusal." + code, values, fallback, locale);
    }

    /** The record type a cell means: its API name or its Swedish label. */
    String type(String text) {
        String value = text.strip();
        for (String type : RecordSchema.SENT.stream().map(RecordType::wireName).toList()) {
            if (type.equalsIgnoreCase(value)
                    || messages.getMessage("type." + type, null, type, PagesConfiguration.SWEDISH).equalsIgnoreCase(value)) {
                return type;
            }
        }
        return value;
    }
}
