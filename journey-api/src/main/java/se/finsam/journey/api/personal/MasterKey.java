package se.finsam.journey.api.personal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * The key-encryption key (KEK) that wraps every journey's keyset in {@code person_key}, when one is configured:
 * a Tink AEAD keyset in Tink's JSON format, given in {@code JOURNEY_MASTER_KEY} or in the file named by
 * {@code JOURNEY_MASTER_KEY_FILE} (by default a file the service makes in its data directory: {@link MasterKeyFile}).
 * Anything that is a Tink
 * {@link Aead} can take its place, such as a key in an external key store (KMS) through Tink's KMS clients:
 * the stored keysets keep their format, only {@code wrapped_with} names the other key.
 */
public final class MasterKey {

    /** What {@code person_key.wrapped_with} says for keysets wrapped with the configured master key. */
    public static final String NAME = "master-key";

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead aead;

    private MasterKey(Aead aead) {
        this.aead = aead;
    }

    static MasterKey none() {
        return new MasterKey(null);
    }

    /** From the setting itself or the file it names; neither set means no master key, both set is an error. */
    static MasterKey fromConfiguration(String inline, String file) {
        boolean hasInline = inline != null && !inline.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        if (hasInline && hasFile) {
            throw new MasterKeyException("Both JOURNEY_MASTER_KEY and JOURNEY_MASTER_KEY_FILE are set; set one");
        }
        if (hasFile) {
            try {
                return fromJson(Files.readString(Path.of(file), StandardCharsets.UTF_8), "the file " + file);
            } catch (IOException e) {
                throw new MasterKeyException("The master key file " + file + " (JOURNEY_MASTER_KEY_FILE) cannot be "
                        + "read: " + e.getMessage());
            }
        }
        return hasInline ? fromJson(inline, "JOURNEY_MASTER_KEY") : none();
    }

    static MasterKey fromJson(String json, String source) {
        try {
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(json.strip(), InsecureSecretKeyAccess.get());
            return new MasterKey(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException | RuntimeException e) {
            // The message must not repeat the setting: it is the key itself.
            throw new MasterKeyException("The master key in " + source + " is not a Tink AEAD keyset in JSON; "
                    + "create one with the command in README.md, \"Configuration\"");
        }
    }

    /** The AEAD that wraps keysets, or empty when they are stored in cleartext. */
    Optional<Aead> aead() {
        return Optional.ofNullable(aead);
    }

    /** A new master key (one AES-256-GCM key) as a Tink JSON keyset. */
    public static String generate() throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                InsecureSecretKeyAccess.get());
    }

    /** Prints a new master key, for {@code JOURNEY_MASTER_KEY} or a file that {@code JOURNEY_MASTER_KEY_FILE} names. */
    public static void main(String[] args) throws GeneralSecurityException {
        System.out.println(generate());
    }
}
