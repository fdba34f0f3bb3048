package se.finsam.journey.api.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.finsam.journey.api.metrics.Caches;

/**
 * Table {@code person_key}: one Tink keyset per journey (deterministic AEAD, AES-256-SIV) in Tink's binary
 * format, in cleartext or wrapped with a key-encryption key (see {@link KeyWrapping}: the {@link MasterKey} or a
 * {@link Pkcs11Key} inside an HSM), with the journeyId as associated data, so a keyset copied into another
 * journey's row does not open. A journey sealed before Tink also has its old AES-GCM key, as a Tink keyset that
 * only opens. Destroying a journey's keysets erases its personal data.
 *
 * <p>Unwrapped keys are kept in memory for a minute, so that an HSM is not asked on every request; a kept key is
 * used only while the row it came from is still there, byte for byte, so erasure on any node takes effect at once.
 */
@Repository
class PersonKeys {

    /** The keys of one journey: the one that seals and opens, and the one that opens what was sealed before Tink. */
    record JourneyKeys(DeterministicAead sealing, Aead legacy) {
    }

    private record Row(String journeyId, byte[] keyset, byte[] legacyKeyset, String wrappedWith, boolean erased) {
    }

    private record Unwrapped(Row row, JourneyKeys keys) {
        boolean servesFor(Row current) {
            return Arrays.equals(row.keyset(), current.keyset())
                    && Arrays.equals(row.legacyKeyset(), current.legacyKeyset())
                    && Objects.equals(row.wrappedWith(), current.wrappedWith());
        }
    }

    private static final int BATCH = 500;
    /**
     * A minute spares the HSM (or the master key's AEAD) the repeats of one journey's records and page views, and
     * bounds how long a key stays in memory after its journey was last used.
     */
    private static final Duration KEEP_UNWRAPPED = Duration.ofMinutes(1);
    /** More journeys than are worked on within a minute; past it, the keys used least lately go first. */
    private static final int MOST_KEPT = 10_000;

    static {
        try {
            DeterministicAeadConfig.register();
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final JdbcTemplate jdbc;
    private final KeyWrapping wrapping;
    private final Cache<String, Unwrapped> unwrapped;

    @Autowired
    PersonKeys(JdbcTemplate jdbc, KeyWrapping wrapping, Caches caches) {
        this(jdbc, wrapping, caches.<String, Unwrapped>build("unwrapped-personal-data-keys",
                Caffeine.newBuilder().expireAfterWrite(KEEP_UNWRAPPED).maximumSize(MOST_KEPT)));
    }

    private PersonKeys(JdbcTemplate jdbc, KeyWrapping wrapping, Cache<String, Unwrapped> unwrapped) {
        this.jdbc = jdbc;
        this.wrapping = wrapping;
        this.unwrapped = unwrapped;
    }

    /** For one check at start, outside the service's beans: it keeps no key in memory. */
    static PersonKeys keepingNothing(JdbcTemplate jdbc, KeyWrapping wrapping) {
        return new PersonKeys(jdbc, wrapping, Caffeine.newBuilder().maximumSize(0).build());
    }

    /** The journey's keys; empty when it has none yet or they were destroyed. */
    Optional<JourneyKeys> find(String journeyId) {
        return row(journeyId).filter(row -> !row.erased()).map(this::keys);
    }

    /**
     * Whether the journey has a row (empty when it never had keys), and its keys (empty when they were destroyed).
     * Makes nothing.
     */
    Optional<Optional<JourneyKeys>> findExisting(String journeyId) {
        return row(journeyId).map(row -> row.erased() ? Optional.empty() : Optional.of(keys(row)));
    }

    /**
     * The keys of a journey that had none a moment ago, made now (or, when another writer was quicker, theirs):
     * findOrCreate without the first look.
     */
    Optional<JourneyKeys> create(String journeyId) {
        jdbc.update("INSERT INTO person_key (journey_id, keyset, wrapped_with) VALUES (?, ?, ?) "
                + "ON CONFLICT (journey_id) DO NOTHING", journeyId, serialize(newKeyset(), journeyId), wrappedWith());
        return row(journeyId).filter(r -> !r.erased()).map(this::keys);
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
        try {
            return destroyRow(journeyId);
        } finally {
            unwrapped.invalidate(journeyId);
        }
    }

    private boolean destroyRow(String journeyId) {
        // The pseudonym of the journey's identity number goes with its key (unique persons): erased, it is nowhere.
        jdbc.update("DELETE FROM person_pseudonym WHERE journey_id = ?", journeyId);
        return jdbc.update("INSERT INTO person_key (journey_id, erased_at) VALUES (?, now()) "
                + "ON CONFLICT (journey_id) DO UPDATE SET keyset = NULL, legacy_keyset = NULL, legacy_secret = NULL, "
                + "erased_at = now() WHERE person_key.erased_at IS NULL", journeyId) > 0;
    }

    /**
     * Refuses to go on when stored keysets are wrapped with a key that is not configured, or with another key of
     * the same name: one keyset of each key-encryption key named in {@code wrapped_with} must open.
     */
    void checkWrappedKeysetsOpen() {
        List<String> names = jdbc.queryForList("SELECT DISTINCT wrapped_with FROM person_key "
                + "WHERE wrapped_with IS NOT NULL AND erased_at IS NULL", String.class);
        for (String name : names) {
            rows("wrapped_with = ? AND erased_at IS NULL", 1, name).forEach(this::unwrap);
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

    /**
     * Wraps with the configured key-encryption key every keyset stored in cleartext or wrapped with another
     * configured one (the master key, or an HSM key before rotation); returns how many. Running it again finds
     * nothing left to do.
     */
    int wrapWithCurrentKey() {
        Optional<String> current = wrapping.current().map(KeyWrapping.Kek::name);
        if (current.isEmpty()) {
            return 0;
        }
        int wrapped = 0;
        String elsewhere = "wrapped_with IS DISTINCT FROM ? AND erased_at IS NULL "
                + "AND (keyset IS NOT NULL OR legacy_keyset IS NOT NULL)";
        for (List<Row> rows = rows(elsewhere, BATCH, current.get()); !rows.isEmpty();
             rows = rows(elsewhere, BATCH, current.get())) {
            for (Row row : rows) {
                wrapped += jdbc.update("UPDATE person_key SET keyset = ?, legacy_keyset = ?, wrapped_with = ? "
                                + "WHERE journey_id = ? AND wrapped_with IS NOT DISTINCT FROM ? AND erased_at IS NULL",
                        rewrapped(row.keyset(), row), rewrapped(row.legacyKeyset(), row), current.get(),
                        row.journeyId(), row.wrappedWith());
            }
        }
        return wrapped;
    }

    private Optional<Row> row(String journeyId) {
        return jdbc.query("SELECT journey_id, keyset, legacy_keyset, wrapped_with, erased_at IS NOT NULL "
                + "FROM person_key WHERE journey_id = ?", (rs, n) -> new Row(rs.getString(1), rs.getBytes(2),
                rs.getBytes(3), rs.getString(4), rs.getBoolean(5)), journeyId).stream().findFirst();
    }

    private List<Row> rows(String condition, int limit, Object... parameters) {
        return jdbc.query("SELECT journey_id, keyset, legacy_keyset, wrapped_with, erased_at IS NOT NULL "
                + "FROM person_key WHERE " + condition + " ORDER BY journey_id LIMIT " + limit, (rs, n) -> new Row(
                rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4), rs.getBoolean(5)), parameters);
    }

    private List<Row> legacyRows() {
        return jdbc.query("SELECT journey_id, legacy_secret FROM person_key WHERE legacy_secret IS NOT NULL "
                        + "AND erased_at IS NULL ORDER BY journey_id LIMIT " + BATCH,
                (rs, n) -> new Row(rs.getString(1), null, rs.getBytes(2), null, false));
    }

    private JourneyKeys keys(Row row) {
        Unwrapped kept = unwrapped.getIfPresent(row.journeyId());
        if (kept != null && kept.servesFor(row)) {
            return kept.keys();
        }
        JourneyKeys keys = unwrap(row);
        unwrapped.put(row.journeyId(), new Unwrapped(row, keys));
        return keys;
    }

    private JourneyKeys unwrap(Row row) {
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
                        + "with a key other than the one configured as " + opener(row).howToConfigure());
            }
            throw new IllegalStateException("The personal-data key of journey '" + row.journeyId() + "' is damaged", e);
        }
    }

    private KeysetHandle parse(byte[] stored, Row row) throws GeneralSecurityException {
        if (row.wrappedWith() == null) {
            return TinkProtoKeysetFormat.parseKeyset(stored, InsecureSecretKeyAccess.get());
        }
        return TinkProtoKeysetFormat.parseEncryptedKeyset(stored, opener(row).aead(), associatedData(row.journeyId()));
    }

    private KeyWrapping.Kek opener(Row row) {
        return wrapping.opener(row.wrappedWith()).orElseThrow(() -> new MasterKeyException(notConfigured(row.wrappedWith())));
    }

    private static String notConfigured(String name) {
        if (name.startsWith(Pkcs11Key.PREFIX)) {
            String label = name.substring(Pkcs11Key.PREFIX.length());
            return "The personal-data keys in person_key are wrapped with the key labelled '" + label + "' in a "
                    + "PKCS#11 token (HSM), and it is not configured: set JOURNEY_KEY_STORE=pkcs11 with "
                    + "JOURNEY_PKCS11_KEY_LABEL=" + label + " (or, while rotating to a new key, "
                    + "JOURNEY_PKCS11_PREVIOUS_KEY_LABEL=" + label + ") and the token's slot and PIN";
        }
        return "The personal-data keys in person_key are wrapped with a master key ('" + name + "'), and none is "
                + "configured: set JOURNEY_MASTER_KEY or JOURNEY_MASTER_KEY_FILE to the master key they were wrapped with";
    }

    private byte[] serialize(KeysetHandle keyset, String journeyId) {
        try {
            Optional<Aead> current = wrapping.current().map(KeyWrapping.Kek::aead);
            return current.isPresent()
                    ? TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, current.get(), associatedData(journeyId))
                    : TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A personal-data key could not be stored", e);
        }
    }

    private byte[] rewrapped(byte[] stored, Row row) {
        if (stored == null) {
            return null;
        }
        KeysetHandle keyset;
        try {
            keyset = parse(stored, row);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("The personal-data key of journey '" + row.journeyId() + "' does not open "
                    + (row.wrappedWith() == null ? "(it is damaged)" : "with " + opener(row).howToConfigure()));
        }
        return serialize(keyset, row.journeyId());
    }

    private String wrappedWith() {
        return wrapping.current().map(KeyWrapping.Kek::name).orElse(null);
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
