package se.finsam.journey.api.personal;

/** The master key is missing, unreadable, or not the one the stored keysets were wrapped with. */
public class MasterKeyException extends IllegalStateException {

    public MasterKeyException(String message) {
        super(message);
    }
}
