package se.finsam.journey.api.personal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service's secret key for pseudonyms of identity numbers: HMAC-SHA256 (Tink's PRF) over the association and the
 * number, so the same person in one association gets the same pseudonym and nothing outside the service can compute
 * or reverse one. The keyset lives in table {@code pseudonym_key}, wrapped exactly like the journeys' personal-data
 * keysets (the master key, or an HSM key through {@link KeyWrapping}), and is made at its first use.
 */
@Component
public class PseudonymKey {

    private static final byte[] ASSOCIATED_DATA = "person-pseudonym-key".getBytes(StandardCharsets.UTF_8);
    private static final int LENGTH = 32;

    static {
        try {
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private record Row(byte[] keyset, String wrappedWith) {
    }

    private final JdbcTemplate jdbc;
    private final KeyWrapping wrapping;
    private volatile PrfSet prf;

    PseudonymKey(JdbcTemplate jdbc, KeyWrapping wrapping) {
        this.jdbc = jdbc;
        this.wrapping = wrapping;
    }

    /** The pseudonym of {@code identityNumber} within {@code association}. */
    public byte[] pseudonymOf(String association, String identityNumber) {
        byte[] input = (association + "\u0000" + identityNumber.replaceAll("[^0-9]", ""))
                .getBytes(StandardCharsets.UTF_8);
        try {
            return prf().computePrimary(input, LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a pseudonym could not be computed", e);
        }
    }

    /**
     * At start, outside any request's transaction (so a request rolled back can never take a key with it that
     * pseudonyms were computed under): makes the key if there is none, and wraps it with the configured
     * key-encryption key when another one wraps it, like the personal-data keysets; returns whether it wrapped it.
     */
    boolean prepare() {
        if (row().isEmpty()) {
            // Two nodes starting at once both end up with the keyset that was stored first.
            jdbc.update("INSERT INTO pseudonym_key (id, keyset, wrapped_with) VALUES (1, ?, ?) "
                    + "ON CONFLICT (id) DO NOTHING", serialize(newKeyset()),
                    wrapping.current().map(KeyWrapping.Kek::name).orElse(null));
        }
        Optional<Row> row = row();
        String current = wrapping.current().map(KeyWrapping.Kek::name).orElse(null);
        if (row.isEmpty() || Objects.equals(row.get().wrappedWith(), current)) {
            return false;
        }
        jdbc.update("UPDATE pseudonym_key SET keyset = ?, wrapped_with = ? WHERE id = 1",
                serialize(parse(row.get())), current);
        prf = null;
        return true;
    }

    private PrfSet prf() {
        PrfSet kept = prf;
        if (kept == null) {
            Row row = row().orElseThrow(() -> new IllegalStateException("the pseudonym key is made at start, and "
                    + "there is none"));
            try {
                kept = parse(row).getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the pseudonym key does not open", e);
            }
            prf = kept;
        }
        return kept;
    }

    private Optional<Row> row() {
        List<Row> rows = jdbc.query("SELECT keyset, wrapped_with FROM pseudonym_key WHERE id = 1",
                (rs, n) -> new Row(rs.getBytes(1), rs.getString(2)));
        return rows.stream().findFirst();
    }

    private KeysetHandle parse(Row row) {
        try {
            if (row.wrappedWith() == null) {
                return TinkProtoKeysetFormat.parseKeyset(row.keyset(), InsecureSecretKeyAccess.get());
            }
            Aead opener = wrapping.opener(row.wrappedWith()).map(KeyWrapping.Kek::aead).orElseThrow(() ->
                    new MasterKeyException("The pseudonym key in pseudonym_key is wrapped with '" + row.wrappedWith()
                            + "', which is not configured: configure the key that wraps the personal-data keys"));
            return TinkProtoKeysetFormat.parseEncryptedKeyset(row.keyset(), opener, ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("The pseudonym key in pseudonym_key does not open with the configured "
                    + "key-encryption key");
        }
    }

    private byte[] serialize(KeysetHandle keyset) {
        try {
            Optional<Aead> current = wrapping.current().map(KeyWrapping.Kek::aead);
            return current.isPresent()
                    ? TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, current.get(), ASSOCIATED_DATA)
                    : TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the pseudonym key could not be stored", e);
        }
    }

    private static KeysetHandle newKeyset() {
        try {
            return KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the pseudonym key could not be made", e);
        }
    }
}
