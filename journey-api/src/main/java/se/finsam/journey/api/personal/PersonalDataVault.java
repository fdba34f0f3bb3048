package se.finsam.journey.api.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.personal.PersonKeys.JourneyKeys;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.SealedComparison;

/**
 * Seals personal data with a key of the journey's own before it reaches an event: Tink's deterministic AEAD
 * (AES-SIV) with the journeyId as associated data. The same value sealed twice for one journey gives the same
 * text, so a resent record is still recognised as a duplicate; the same value in two journeys gives different
 * texts. Destroying the key makes every sealed value of that journey unreadable, in every event, for good.
 * As the journey rules' {@link SealedComparison} it tells a resent record by what its personal data says.
 */
@Component
public class PersonalDataVault implements SealedComparison {

    /**
     * What sealing gives once the journey's key is destroyed: it opens to nothing, and the journey rules refuse
     * to store a record carrying it (they only let it identify a resent record as a duplicate).
     */
    static final Sealed UNSEALABLE = new Sealed("");

    private final PersonKeys keys;

    public PersonalDataVault(PersonKeys keys) {
        this.keys = keys;
    }

    /** Seals with the journey's key, made now if it has none yet. */
    public Sealed seal(String journeyId, String plaintext) {
        return sealWith(keys.findOrCreate(journeyId), journeyId, plaintext);
    }

    /**
     * Seals with the journey's key if it has one (or had one: then the value is {@link #UNSEALABLE}), without making
     * one; empty when the journey never had a key.
     */
    public Optional<Sealed> sealWithExistingKey(String journeyId, String plaintext) {
        return keys.findExisting(journeyId).map(found -> sealWith(found, journeyId, plaintext));
    }

    /**
     * Makes the key of a journey found to have none ({@link #sealWithExistingKey} was empty) and seals with it: one
     * write and one read for all of a record's values.
     */
    public Function<String, Sealed> sealerWithNewKey(String journeyId) {
        Optional<JourneyKeys> made = keys.create(journeyId);
        return plaintext -> sealWith(made, journeyId, plaintext);
    }

    private static Sealed sealWith(Optional<JourneyKeys> journeyKeys, String journeyId, String plaintext) {
        if (journeyKeys.isEmpty()) {
            return UNSEALABLE;
        }
        try {
            byte[] sealed = journeyKeys.get().sealing().encryptDeterministically(
                    plaintext.getBytes(StandardCharsets.UTF_8), PersonKeys.associatedData(journeyId));
            return new Sealed(Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing personal data failed", e);
        }
    }

    /** The plaintext, or empty when the journey's key was destroyed (the data is erased). */
    public Optional<String> open(String journeyId, Sealed sealed) {
        if (sealed == null || sealed.ciphertext() == null || sealed.ciphertext().isEmpty()) {
            return Optional.empty();
        }
        Optional<JourneyKeys> journeyKeys = keys.find(journeyId);
        if (journeyKeys.isEmpty()) {
            return Optional.empty();
        }
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(sealed.ciphertext());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] associatedData = PersonKeys.associatedData(journeyId);
        try {
            return Optional.of(text(journeyKeys.get().sealing().decryptDeterministically(ciphertext, associatedData)));
        } catch (GeneralSecurityException notSealedWithTink) {
            return openLegacy(journeyKeys.get(), ciphertext, associatedData);
        }
    }

    /**
     * Whether a stored sealed value and a newly sealed one hold the same plaintext. Equal texts do; otherwise both
     * are opened, since a value sealed before Tink (or under any earlier key format) seals anew to another text.
     * Once the key is destroyed nothing opens, and the journey rules compare the record without its personal data.
     */
    @Override
    public boolean same(String journeyId, Sealed stored, Sealed proposed) {
        if (Objects.equals(stored, proposed)) {
            return true;
        }
        Optional<String> opened = open(journeyId, stored);
        return opened.isPresent() && opened.equals(open(journeyId, proposed));
    }

    /** Destroys the journey's key: every sealed value of the journey becomes unreadable. */
    public boolean erase(String journeyId) {
        return keys.destroy(journeyId);
    }

    private static Optional<String> openLegacy(JourneyKeys journeyKeys, byte[] ciphertext, byte[] associatedData) {
        if (journeyKeys.legacy() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(text(journeyKeys.legacy().decrypt(ciphertext, associatedData)));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
