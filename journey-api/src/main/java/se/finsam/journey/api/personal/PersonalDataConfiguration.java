package se.finsam.journey.api.personal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.api.storage.DataDirectoryProperties;

/**
 * Where the key-encryption key lives, by configuration ({@code JOURNEY_KEY_STORE}): the master key from the
 * environment or a file (see {@link MasterKey}; without either, the file {@code master-key.json} in the data
 * directory, made at the first start: {@link MasterKeyFile}), or a key inside a PKCS#11 token (see
 * {@link Pkcs11Key}). With the token, a master key still configured, or still in its default file, only opens, so
 * the keys move to the token.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    static final String MASTER_KEY_STORE = "master-key";
    static final String PKCS11_STORE = "pkcs11";
    static final String DEFAULT_MASTER_KEY_FILE = "master-key.json";

    @Bean
    KeyWrapping keyWrapping(PersonalDataProperties settings, DataDirectoryProperties dataDir, JdbcTemplate jdbc) {
        String keyStore = orEmpty(settings.keyStore());
        String inline = orEmpty(settings.masterKey());
        String file = orEmpty(settings.masterKeyFile());
        PersonalDataProperties.Pkcs11 pkcs11 = settings.pkcs11();
        String store = keyStore.strip().toLowerCase(Locale.ROOT);
        Path defaultFile = dataDir.path().resolve(DEFAULT_MASTER_KEY_FILE);
        if (store.isEmpty() || store.equals(MASTER_KEY_STORE)) {
            return KeyWrapping.withMasterKey(masterKey(inline, file, defaultFile, jdbc));
        }
        if (!store.equals(PKCS11_STORE)) {
            throw new MasterKeyException("JOURNEY_KEY_STORE is '" + keyStore + "'; it can be " + MASTER_KEY_STORE
                    + " (the default: the master key of JOURNEY_MASTER_KEY or of its file) or " + PKCS11_STORE
                    + " (an HSM)");
        }
        boolean configured = !inline.isBlank() || !file.isBlank();
        MasterKey masterKey = configured || !Files.exists(defaultFile) ? MasterKey.fromConfiguration(inline, file)
                : MasterKey.fromConfiguration("", defaultFile.toString());
        Pkcs11Key.Settings token = new Pkcs11Key.Settings(required(pkcs11.library(), "JOURNEY_PKCS11_LIBRARY"),
                orEmpty(pkcs11.slot()).strip(), pin(pkcs11.pin(), pkcs11.pinFile()),
                label(pkcs11.keyLabel(), "JOURNEY_PKCS11_KEY_LABEL"), pkcs11.createKey());
        return pkcs11Wrapping(token, masterKey, pkcs11.previousKeyLabel());
    }

    private static String orEmpty(String setting) {
        return setting == null ? "" : setting;
    }

    /**
     * The master key of {@code JOURNEY_MASTER_KEY}, or of its file ({@code JOURNEY_MASTER_KEY_FILE}, else the data
     * directory's), made there at the first start; either way the one this database was protected with before.
     */
    private static MasterKey masterKey(String inline, String file, Path defaultFile, JdbcTemplate jdbc) {
        if (!inline.isBlank()) {
            MasterKey key = MasterKey.fromConfiguration(inline, file);
            new MasterKeyCheck(jdbc).confirm(key, "JOURNEY_MASTER_KEY");
            return key;
        }
        return MasterKeyFile.openOrCreate(file.isBlank() ? defaultFile : Path.of(file.strip()), jdbc);
    }

    static KeyWrapping pkcs11Wrapping(Pkcs11Key.Settings settings, MasterKey masterKey, String previousKeyLabel) {
        Pkcs11Key key = Pkcs11Key.connect(settings);
        KeyWrapping.Kek current = new KeyWrapping.Kek(Pkcs11Key.name(settings.keyLabel()), key,
                "the key labelled '" + settings.keyLabel() + "' in the PKCS#11 token (JOURNEY_PKCS11_KEY_LABEL)");
        if (previousKeyLabel == null || previousKeyLabel.isBlank()) {
            return KeyWrapping.movingTo(current, masterKey);
        }
        String previousLabel = label(previousKeyLabel, "JOURNEY_PKCS11_PREVIOUS_KEY_LABEL");
        return KeyWrapping.movingTo(current, masterKey, new KeyWrapping.Kek(Pkcs11Key.name(previousLabel),
                key.sibling(previousLabel), "the key labelled '" + previousLabel + "' in the PKCS#11 token "
                + "(JOURNEY_PKCS11_PREVIOUS_KEY_LABEL)"));
    }

    private static String required(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new MasterKeyException("JOURNEY_KEY_STORE=pkcs11 needs " + setting);
        }
        return value.strip();
    }

    private static String label(String value, String setting) {
        String label = required(value, setting);
        // person_key.wrapped_with holds "pkcs11:" and the label in 64 characters.
        if (Pkcs11Key.name(label).length() > 64) {
            throw new MasterKeyException(setting + " is longer than " + (64 - Pkcs11Key.PREFIX.length())
                    + " characters");
        }
        return label;
    }

    private static String pin(String pin, String pinFile) {
        boolean hasPin = pin != null && !pin.isBlank();
        boolean hasFile = pinFile != null && !pinFile.isBlank();
        if (hasPin == hasFile) {
            throw new MasterKeyException("JOURNEY_KEY_STORE=pkcs11 needs the token's PIN in JOURNEY_PKCS11_PIN or in "
                    + "the file JOURNEY_PKCS11_PIN_FILE names: set one of them");
        }
        if (hasPin) {
            return pin;
        }
        try {
            return Files.readString(Path.of(pinFile.strip()), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new MasterKeyException("The PIN file " + pinFile + " (JOURNEY_PKCS11_PIN_FILE) cannot be read: "
                    + e.getMessage());
        }
    }
}
