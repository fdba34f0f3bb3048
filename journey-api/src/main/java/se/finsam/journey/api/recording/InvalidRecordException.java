package se.finsam.journey.api.recording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.finsam.journey.journey.Refusal;

/**
 * A record that is malformed on its own: a missing or wrong field, an unknown type or code. Besides its message it
 * names the field (a dotted path of the record, null for the record or line as a whole), a stable code and the values
 * the message names (never one that may be personal data), so that a page can translate it from the code alone.
 */
public class InvalidRecordException extends RuntimeException implements Refusal {

    private final String field;
    private final String code;
    private final Map<String, Object> arguments;

    public InvalidRecordException(String field, String code, String message) {
        this(field, code, Map.of(), message);
    }

    private InvalidRecordException(String field, String code, Map<String, Object> arguments, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    /** The same refusal, naming one more of the values its message names. */
    public InvalidRecordException with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(arguments);
        more.put(name, value);
        return new InvalidRecordException(field, code, Collections.unmodifiableMap(more), getMessage());
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Map<String, Object> arguments() {
        return arguments;
    }
}
