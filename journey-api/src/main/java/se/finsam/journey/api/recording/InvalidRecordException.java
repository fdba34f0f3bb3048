package se.finsam.journey.api.recording;

/** A record that is malformed on its own: a missing or wrong field, an unknown type or code. */
public class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message, null, false, false);
    }
}
