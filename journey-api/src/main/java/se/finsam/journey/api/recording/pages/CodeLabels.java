package se.finsam.journey.api.recording.pages;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.web.PagesConfiguration;

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

    /** The code a cell means: the code itself or its Swedish label, either case; anything else as it is. */
    String code(RecordFieldSpec field, String text) {
        String value = text.strip();
        for (String code : field.values()) {
            if (code.equalsIgnoreCase(value)
                    || label(field.codes(), code, PagesConfiguration.SWEDISH).equalsIgnoreCase(value)) {
                return code;
            }
        }
        return value;
    }

    /** The record type a cell means: its API name or its Swedish label. */
    String type(String text) {
        String value = text.strip();
        for (String type : RecordFieldSpec.TYPES) {
            if (type.equalsIgnoreCase(value)
                    || messages.getMessage("type." + type, null, type, PagesConfiguration.SWEDISH).equalsIgnoreCase(value)) {
                return type;
            }
        }
        return value;
    }
}
