package se.finsam.journey.api.personal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table {@code person_key}: one Tink keyset per journey (deterministic AEAD, AES-256-SIV) in Tink's binary
 * format, in cleartext or wrapped with the {@link MasterKey} (associated data: the journeyId, so a keyset copied
 * into another journey's row does not open). A journey sealed before Tink also has its old AES-GCM key, as a
 * Tink keyset that only opens. Destroying a journey's keysets erases its personal data.
 */
@Repository
class PersonKeys {

    /** The keys of one journey: the one that seals and opens, and the one that opens what was sealed before Tink. */
    record JourneyKeys(DeterministicAead sealing, Aead legacy) {
    }

    private record Row(String journeyId, byte[] keyset, byte[] legacyKeyset, String wrappedWith, boolean erased) {
    }

    private static final int BATCH = 500;

    static {
        try {
            DeterministicAeadConfig.register();
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;

    PersonKeys(JdbcTemplate jdbc, MasterKey masterKey) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
    }

    /** The journey's keys; empty when it has none yet or they were destroyed. */
    Optional<JourneyKeys> find(String journeyId) {
        return row(journeyId).filter(row -> !row.erased()).map(this::keys);
    }

    /** The journey's keys, made now if it has none yet; empty when they were destroyed. */
    Optional<JourneyKeys> findOrCreate(String journeyId) {
        Optional<Row> row = row(journeyId);
        if (row.isEmpty()) {
            // Two writers racing here both end up with the keyset that committed first.
            jdbc.update("INSERT INTO person_key (journey_id, keyset, wrapped_with) VALUES (?, ?, ?) "
                    + "ON CONFLICT (journey_id) DO NOTHING", journeyId, serialize(newKeyset(), journeyId), wrappedWith());
            row = row(journeyId);
        }
        return row.filter(r -> !r.erased()).map(this::keys);
    }

    /**
     * Destroys the journey's keys for good, and remembers that it had some, so that none are made again.
     * Returns whether this call destroyed them (false when they were destroyed before).
     */
    boolean destroy(String journeyId) {
        return jdbc.update("INSERT INTO person_key (journey_id, erased_at) VALUES (?, now()) "
                + "ON CONFLICT (journey_id) DO UPDATE SET keyset = NULL, legacy_keyset = NULL, legacy_secret = NULL, "
                + "erased_at = now() WHERE person_key.erased_at IS NULL", journeyId) > 0;
    }

    /** Refuses to go on when stored keysets are wrapped with a master key that is not configured, or another one. */
    void checkWrappedKeysetsOpen() {
        List<Row> wrapped = rows("wrapped_with IS NOT NULL AND erased_at IS NULL", 1);
        if (!wrapped.isEmpty()) {
            keys(wrapped.get(0));
        }
    }

    /** Turns the AES-GCM secrets of journeys sealed before Tink into keysets; returns how many. */
    int convertLegacySecrets() {
        int converted = 0;
        for (List<Row> rows = legacyRows(); !rows.isEmpty(); rows = legacyRows()) {
            for (Row row : rows) {
                converted += jdbc.update("UPDATE person_key SET keyset = ?, legacy_keyset = ?, wrapped_with = ?, "
                                + "legacy_secret = NULL WHERE journey_id = ? AND legacy_secret IS NOT NULL "
                                + "AND erased_at IS NULL", serialize(newKeyset(), row.journeyId()),
                        serialize(legacyKeyset(row.legacyKeyset()), row.journeyId()), wrappedWith(), row.journeyId());
            }
        }
        return converted;
    }

    /** Wraps keysets stored in cleartext with the master key, when one is configured; returns how many. */
    int wrapCleartextKeysets() {
        if (masterKey.aead().isEmpty()) {
            return 0;
        }
        int wrapped = 0;
        String cleartext = "wrapped_with IS NULL AND erased_at IS NULL AND (keyset IS NOT NULL OR legacy_keyset IS NOT NULL)";
        for (List<Row> rows = rows(cleartext, BATCH); !rows.isEmpty(); rows = rows(cleartext, BATCH)) {
            for (Row row : rows) {
                wrapped += jdbc.update("UPDATE person_key SET keyset = ?, legacy_keyset = ?, wrapped_with = ? "
                                + "WHERE journey_id = ? AND wrapped_with IS NULL AND erased_at IS NULL",
                        rewrapped(row.keyset(), row.journeyId()), rewrapped(row.legacyKeyset(), row.journeyId()),
                        MasterKey.NAME, row.journeyId());
            }
        }
        return wrapped;
    }

    private Optional<Row> row(String journeyId) {
        return jdbc.query("SELECT journey_id, keyset, legacy_keyset, wrapped_with, erased_at IS NOT NULL "
                + "FROM person_key WHERE journey_id = ?", (rs, n) -> new Row(rs.getString(1), rs.getBytes(2),
                rs.getBytes(3), rs.getString(4), rs.getBoolean(5)), journeyId).stream().findFirst();
    }

    private List<Row> rows(String condition, int limit) {
        return jdbc.query("SELECT journey_id, keyset, legacy_keyset, wrapped_with, erased_at IS NOT NULL "
                + "FROM person_key WHERE " + condition + " ORDER BY journey_id LIMIT " + limit, (rs, n) -> new Row(
                rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getBoolean(5)));
    }

    private List<Row> legacyRows() {
        return jdbc.query("SELECT journey_id, legacy_secret FROM person_key WHERE legacy_secret IS NOT NULL "
                        + "AND erased_at IS NULL ORDER BY journey_id LIMIT " + BATCH,
                (rs, n) -> new Row(rs.getString(1), null, rs.getBytes(2), null, false));
    }

    private JourneyKeys keys(Row row) {
        if (row.keyset() == null) {
            throw new IllegalStateException("The personal-data key of journey '" + row.journeyId() + "' is missing "
                    + "from person_key although it was not erased");
        }
        try {
            DeterministicAead sealing = parse(row.keyset(), row).getPrimitive(RegistryConfiguration.get(),
                    DeterministicAead.class);
            Aead legacy = row.legacyKeyset() == null ? null
                    : parse(row.legacyKeyset(), row).getPrimitive(RegistryConfiguration.get(), Aead.class);
            return new JourneyKeys(sealing, legacy);
        } catch (GeneralSecurityException e) {
            if (row.wrappedWith() != null) {
                throw new MasterKeyException("The personal-data key of journey '" + row.journeyId() + "' is wrapped "
                        + "with a master key other than the one configured (JOURNEY_MASTER_KEY or JOURNEY_MASTER_KEY_FILE)");
            }
            throw new IllegalStateException("The personal-data key of journey '" + row.journeyId() + "' is damaged", e);
        }
    }

    private KeysetHandle parse(byte[] stored, Row row) throws GeneralSecurityException {
        if (row.wrappedWith() == null) {
            return TinkProtoKeysetFormat.parseKeyset(stored, InsecureSecretKeyAccess.get());
        }
        if (!MasterKey.NAME.equals(row.wrappedWith()) || masterKey.aead().isEmpty()) {
            throw new MasterKeyException("The personal-data keys in person_key are wrapped with a master key ('"
                    + row.wrappedWith() + "'), and none is configured: set JOURNEY_MASTER_KEY or "
                    + "JOURNEY_MASTER_KEY_FILE to the master key they were wrapped with");
        }
        return TinkProtoKeysetFormat.parseEncryptedKeyset(stored, masterKey.aead().get(), associatedData(row.journeyId()));
    }

    private byte[] serialize(KeysetHandle keyset, String journeyId) {
        try {
            Optional<Aead> master = masterKey.aead();
            return master.isPresent()
                    ? TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master.get(), associatedData(journeyId))
                    : TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A personal-data key could not be stored", e);
        }
    }

    private byte[] rewrapped(byte[] cleartext, String journeyId) {
        if (cleartext == null) {
            return null;
        }
        try {
            return serialize(TinkProtoKeysetFormat.parseKeyset(cleartext, InsecureSecretKeyAccess.get()), journeyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The personal-data key of journey '" + journeyId + "' is damaged", e);
        }
    }

    private String wrappedWith() {
        return masterKey.aead().isPresent() ? MasterKey.NAME : null;
    }

    private static KeysetHandle newKeyset() {
        try {
            return KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A personal-data key could not be made", e);
        }
    }

    /**
     * The AES-GCM key of a journey sealed before Tink: the first half of its 64-byte secret (the second half
     * only derived nonces). Its values are nonce ‖ ciphertext ‖ tag, which is Tink's AES-GCM without prefix.
     */
    private static KeysetHandle legacyKeyset(byte[] secret) {
        try {
            AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
            AesGcmKey key = AesGcmKey.builder().setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(Arrays.copyOf(secret, 32), InsecureSecretKeyAccess.get())).build();
            return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An old personal-data key could not be converted", e);
        }
    }

    static byte[] associatedData(String journeyId) {
        return journeyId.getBytes(StandardCharsets.UTF_8);
    }
}
