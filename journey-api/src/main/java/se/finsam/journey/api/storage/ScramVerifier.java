package se.finsam.journey.api.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The form in which PostgreSQL stores a scram-sha-256 password (RFC 5802/7677, as {@code pg_authid} holds it),
 * computed here so that a password never reaches the server, nor any statement log, in cleartext.
 */
final class ScramVerifier {

    private static final int ITERATIONS = 4096;
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private ScramVerifier() {
    }

    /** {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>} for a password of printable ASCII. */
    static String of(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(hmac(salted, "Client Key"));
            byte[] serverKey = hmac(salted, "Server Key");
            return "SCRAM-SHA-256$" + ITERATIONS + ":" + BASE64.encodeToString(salt) + "$"
                    + BASE64.encodeToString(storedKey) + ":" + BASE64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no PBKDF2 with HMAC-SHA-256", e);
        }
    }

    /** A new random password: 32 random bytes, URL-safe Base64 (so it can stand in SQL and on a command line). */
    static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    }
}
