package se.finsam.journey.api.personal;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Table {@code master_key_check}: a constant sealed with the master key when it is first used. It tells whether a
 * master key has ever protected this database (so that one is never made anew when its file is lost), and whether
 * the configured one is that key (so that two nodes cannot each make their own).
 */
final class MasterKeyCheck {

    private static final byte[] CONSTANT = "journey master key check".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ASSOCIATED = "master_key_check".getBytes(StandardCharsets.US_ASCII);

    private final JdbcTemplate jdbc;

    MasterKeyCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a master key was ever used here: its check is recorded, or keysets are wrapped with one. */
    boolean used() {
        return !sealed().isEmpty() || Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM person_key "
                + "WHERE wrapped_with = ? AND erased_at IS NULL)", Boolean.class, MasterKey.NAME));
    }

    /**
     * Refuses a master key other than the one used here before (by its check, else by the keysets it wrapped), and
     * records the check of one used for the first time.
     */
    void confirm(MasterKey key, String source) {
        Aead aead = key.aead().orElseThrow();
        List<byte[]> sealed = sealed();
        if (sealed.isEmpty()) {
            PersonKeys.keepingNothing(jdbc, KeyWrapping.withMasterKey(key)).checkWrappedKeysetsOpen();
            try {
                jdbc.update("INSERT INTO master_key_check (name, sealed) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                        MasterKey.NAME, aead.encrypt(CONSTANT, ASSOCIATED));
            } catch (GeneralSecurityException e) {
                throw new MasterKeyException("The master key in " + source + " cannot seal: " + e.getMessage());
            }
            sealed = sealed();
        }
        try {
            if (Arrays.equals(aead.decrypt(sealed.get(0), ASSOCIATED), CONSTANT)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            // not the key: refused below
        }
        throw new MasterKeyException("The master key in " + source + " is not the one that protects this database's "
                + "personal-data keys (another node's, or one made anew): start with the master key that was used "
                + "before (with several nodes, every node needs the same one)");
    }

    private List<byte[]> sealed() {
        return jdbc.queryForList("SELECT sealed FROM master_key_check WHERE name = ?", byte[].class, MasterKey.NAME);
    }
}
