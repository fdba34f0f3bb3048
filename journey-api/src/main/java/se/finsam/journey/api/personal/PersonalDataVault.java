package se.finsam.journey.api.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.journey.Sealed;

/**
 * Seals personal data with a key of the journey's own (table {@code person_key}) before it reaches an event.
 * The cipher is AES-GCM with a synthetic nonce (HMAC of the plaintext under the same key), so the same value
 * sealed twice for one journey gives the same text: a resent record is still recognised as a duplicate.
 * Destroying the key makes every sealed value of that journey unreadable, in every event, for good.
 */
@Component
public class PersonalDataVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Sealed seal(String journeyId, String plaintext) {
        byte[] secret = secretFor(journeyId);
        try {
            byte[] data = plaintext.getBytes(StandardCharsets.UTF_8);
            byte[] nonce = Arrays.copyOf(mac(secret, data), NONCE_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret, 0, 32, "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(journeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(data);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return new Sealed(Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing personal data failed", e);
        }
    }

    /** The plaintext, or empty when the journey's key was destroyed (the data is erased). */
    public Optional<String> open(String journeyId, Sealed sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        Optional<byte[]> secret = existingSecret(journeyId);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.ciphertext());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret.get(), 0, 32, "AES"),
                    new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(journeyId.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Destroys the journey's key: every sealed value of the journey becomes unreadable. */
    public boolean erase(String journeyId) {
        return jdbc.update("UPDATE person_key SET secret = NULL, erased_at = now() "
                + "WHERE journey_id = ? AND secret IS NOT NULL", journeyId) > 0;
    }

    private byte[] secretFor(String journeyId) {
        byte[] fresh = new byte[64];
        random.nextBytes(fresh);
        jdbc.update("INSERT INTO person_key (journey_id, secret) VALUES (?, ?) ON CONFLICT (journey_id) DO NOTHING",
                journeyId, fresh);
        return existingSecret(journeyId).orElseThrow(() -> new ErasedException(journeyId));
    }

    private Optional<byte[]> existingSecret(String journeyId) {
        return jdbc.query("SELECT secret FROM person_key WHERE journey_id = ?",
                rs -> rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty(), journeyId);
    }

    private static byte[] mac(byte[] secret, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, 32, 32, "HmacSHA256"));
        return mac.doFinal(data);
    }

    /** Personal data cannot be recorded again for a journey whose personal data was erased. */
    public static final class ErasedException extends RuntimeException {
        public ErasedException(String journeyId) {
            super("the personal data of journey '" + journeyId + "' was erased; it cannot be recorded again");
        }
    }
}
