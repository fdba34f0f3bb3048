package se.finsam.journey.api.personal;

import com.google.crypto.tink.Aead;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which key-encryption key wraps the journeys' keysets in {@code person_key}, and which others may still open
 * them. Every key-encryption key is a Tink {@link Aead} under a name that {@code person_key.wrapped_with} records:
 * {@value MasterKey#NAME} for the master key, {@code pkcs11:<label>} for a key inside an HSM. Keeping the ones
 * that only open lets the service move the keysets from one to the other at start ("moved by configuration").
 */
final class KeyWrapping {

    /** One key-encryption key: its name in {@code wrapped_with}, and how to tell the operator to configure it. */
    record Kek(String name, Aead aead, String howToConfigure) {
    }

    private final Kek current;
    private final Map<String, Kek> openers;

    private KeyWrapping(Kek current, Map<String, Kek> openers) {
        this.current = current;
        this.openers = Map.copyOf(openers);
    }

    /** Keysets are stored in cleartext. */
    static KeyWrapping cleartext() {
        return new KeyWrapping(null, Map.of());
    }

    /** Keysets are wrapped with the master key, when one is configured, else stored in cleartext. */
    static KeyWrapping withMasterKey(MasterKey masterKey) {
        return masterKey.aead().map(aead -> wrappingWith(masterKeyKek(aead))).orElseGet(KeyWrapping::cleartext);
    }

    /**
     * Keysets are wrapped with {@code current}; those wrapped with the master key (when configured) or with one
     * of {@code previous} still open, and are wrapped anew with {@code current} at start.
     */
    static KeyWrapping movingTo(Kek current, MasterKey masterKey, Kek... previous) {
        Map<String, Kek> openers = new LinkedHashMap<>();
        masterKey.aead().ifPresent(aead -> openers.put(MasterKey.NAME, masterKeyKek(aead)));
        for (Kek kek : previous) {
            openers.put(kek.name(), kek);
        }
        openers.put(current.name(), current);
        return new KeyWrapping(current, openers);
    }

    private static KeyWrapping wrappingWith(Kek current) {
        return new KeyWrapping(current, Map.of(current.name(), current));
    }

    private static Kek masterKeyKek(Aead aead) {
        return new Kek(MasterKey.NAME, aead, "the master key, in JOURNEY_MASTER_KEY or JOURNEY_MASTER_KEY_FILE");
    }

    /** The key that wraps keysets stored from now on; empty when they are stored in cleartext. */
    Optional<Kek> current() {
        return Optional.ofNullable(current);
    }

    /** The key that opens keysets wrapped under {@code name}, when it is configured. */
    Optional<Kek> opener(String name) {
        return Optional.ofNullable(openers.get(name));
    }
}
