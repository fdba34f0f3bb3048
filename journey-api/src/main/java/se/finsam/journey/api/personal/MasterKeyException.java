package se.finsam.journey.api.personal;

/**
 * The key-encryption key (the master key, or the key in a PKCS#11 token) is missing, unreadable, or not the one
 * the stored keysets were wrapped with: the service must not start, rather than show personal data as erased.
 */
public class MasterKeyException extends IllegalStateException {

    public MasterKeyException(String message) {
        super(message);
    }
}
