package se.finsam.journey.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.Sealed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.finsam.journey.api.MutableClock;
import se.finsam.journey.api.metrics.Caches;
import java.time.Instant;
import se.finsam.journey.api.storage.DataDirectoryProperties;

/**
 * Without any key setting the personal-data keys are still protected: a master key file is made in the data
 * directory at the first start (0600), keys stored before in cleartext are wrapped with it, and once it was used a
 * start without it, or with another one, is refused.
 */
class MasterKeyByDefaultIntegrationTests {

    /** Keys kept in memory as the service keeps them, on a clock that stands still: none expires mid-test. */
    private static final Caches CACHES = new Caches(new MutableClock(Instant.parse("2026-11-23T09:00:00Z")),
            new SimpleMeterRegistry());

    private static final String IDENTITY_NUMBER = "191212121212";
    @RegisterExtension
    static final MigratedDatabases DATABASES = new MigratedDatabases("defaultkey");

    private JdbcTemplate jdbc;
    @TempDir
    Path dataDir;

    @BeforeEach
    void aMigratedDatabaseOfItsOwn() {
        jdbc = DATABASES.fresh();
    }

    @Test
    void aFirstStartWithoutKeySettingsMakesAnOwnerOnlyMasterKeyFileInTheDataDirectory() throws Exception {
        KeyWrapping wrapping = byDefault(dataDir);

        Path file = dataDir.resolve("master-key.json");
        assertThat(wrapping.current().map(KeyWrapping.Kek::name)).contains(MasterKey.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(MasterKey.fromConfiguration("", file.toString()).aead()).isPresent();
        String made = Files.readString(file);
        assertThat(byDefault(dataDir).current()).as("the next start uses the same file").isPresent();
        assertThat(Files.readString(file)).isEqualTo(made);
    }

    @Test
    void keysStoredInCleartextBeforeAreWrappedWithTheKeyMadeAtStartAndNoneIsLeftInCleartext() {
        PersonalDataVault before = new PersonalDataVault(new PersonKeys(jdbc, KeyWrapping.cleartext(), CACHES));
        Sealed sealed = before.seal("j-1", IDENTITY_NUMBER);
        before.seal("j-2", IDENTITY_NUMBER);

        KeyWrapping wrapping = byDefault(dataDir);
        new PersonKeyMaintenance(new PersonKeys(jdbc, wrapping, CACHES), new PseudonymKey(jdbc, wrapping)).afterSingletonsInstantiated();

        assertThat(jdbc.queryForList("SELECT DISTINCT wrapped_with FROM person_key", String.class))
                .containsExactly(MasterKey.NAME);
        List<byte[]> keysets = jdbc.queryForList("SELECT keyset FROM person_key", byte[].class);
        assertThat(keysets).hasSize(2).allSatisfy(keyset -> assertThatThrownBy(() ->
                TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())).as("not in cleartext")
                .isInstanceOf(Exception.class));
        assertThat(new PersonalDataVault(new PersonKeys(jdbc, wrapping, CACHES)).open("j-1", sealed)).contains(IDENTITY_NUMBER);
    }

    @Test
    void aStartWithoutTheKeyFileOnceItWasUsedIsRefusedRatherThanMakingAnother() throws Exception {
        byDefault(dataDir);
        Files.delete(dataDir.resolve("master-key.json"));

        assertThatThrownBy(() -> byDefault(dataDir)).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("master-key.json is missing");
        assertThat(dataDir.resolve("master-key.json")).doesNotExist();
    }

    @Test
    void keysWrappedWithAMasterKeyOfAnEarlierReleaseAreNeverWrappedAgainWithANewOne() {
        MasterKey earlier = MasterKey.fromJson(uncheckedNewKey(), "a test");
        new PersonalDataVault(new PersonKeys(jdbc, KeyWrapping.withMasterKey(earlier), CACHES)).seal("j-1", IDENTITY_NUMBER);

        assertThatThrownBy(() -> byDefault(dataDir)).as("no check recorded, but keysets wrapped with a master key")
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("is missing");
    }

    @Test
    void aSecondNodeWithoutTheFirstNodesKeyOrWithOneOfItsOwnIsRefused(@TempDir Path otherNodesDataDir)
            throws Exception {
        byDefault(dataDir);

        assertThatThrownBy(() -> byDefault(otherNodesDataDir)).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("is missing");
        Files.writeString(otherNodesDataDir.resolve("master-key.json"), MasterKey.generate());
        assertThatThrownBy(() -> byDefault(otherNodesDataDir)).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("is not the one that protects this database");
    }

    private KeyWrapping byDefault(Path dataDirectory) {
        return new PersonalDataConfiguration().keyWrapping(new PersonalDataProperties("master-key", "", "",
                new PersonalDataProperties.Pkcs11("", "", "", "", "journey-key-encryption-key", false, "")),
                new DataDirectoryProperties(dataDirectory.toString()), jdbc);
    }

    private static String uncheckedNewKey() {
        try {
            return MasterKey.generate();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
