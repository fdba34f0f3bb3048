package se.finsam.journey.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.journey.api.personal.SoftHsm.Token.LOCKED_OUT;
import static se.finsam.journey.api.personal.SoftHsm.Token.MAIN;
import static se.finsam.journey.api.personal.SoftHsm.Token.OTHER;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
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
 * The key-encryption key inside an HSM: a real SoftHSM2 token through Java's PKCS#11 provider, and real
 * PostgreSQL with the service's migrations, each test on a database of its own.
 */
class HsmKeyStoreIntegrationTests {

    /** Keys kept in memory as the service keeps them, on a clock that stands still: none expires mid-test. */
    private static final Caches CACHES = new Caches(new MutableClock(Instant.parse("2026-11-23T09:00:00Z")),
            new SimpleMeterRegistry());

    private static final String IDENTITY_NUMBER = "191212121212";
    private static final String NAME = "Tolvan Tolvansson";
    @RegisterExtension
    static final MigratedDatabases DATABASES = new MigratedDatabases("hsm");

    private JdbcTemplate jdbc;

    @BeforeEach
    void aMigratedDatabaseOfItsOwn() {
        jdbc = DATABASES.fresh();
    }

    @Test
    void theKeyIsMadeInsideTheTokenOnFirstStartAndNeverLeavesIt() {
        String label = SoftHsm.freshLabel();

        Pkcs11Key made = Pkcs11Key.connect(SoftHsm.settings(MAIN, label, true));
        Pkcs11Key foundAgain = Pkcs11Key.connect(SoftHsm.settings(MAIN, label, false));

        assertThat(made.key().getEncoded()).as("the key's bytes are not given out").isNull();
        assertThat(made.key().toString()).contains("token object", "sensitive, unextractable");
        assertThat(foundAgain.key().toString()).contains("token object", "sensitive, unextractable");
    }

    @Test
    void keysetsMadeWithTheHsmAreWrappedByTheTokenAndOpenWithNothingElse() throws Exception {
        String label = SoftHsm.freshLabel();
        KeyWrapping hsm = hsm(MAIN, label, MasterKey.none());
        PersonalDataVault vault = vault(hsm);

        Sealed sealed = vault.seal("j-1", IDENTITY_NUMBER);

        Map<String, Object> row = keyRow("j-1");
        byte[] stored = (byte[]) row.get("keyset");
        assertThat(row.get("wrapped_with")).isEqualTo("pkcs11:" + label);
        assertThat(vault.open("j-1", sealed)).contains(IDENTITY_NUMBER);
        assertThat(vault(hsm(MAIN, label, MasterKey.none())).seal("j-1", IDENTITY_NUMBER))
                .as("a restarted service seals alike").isEqualTo(sealed);
        assertThatThrownBy(() -> TinkProtoKeysetFormat.parseKeyset(stored, InsecureSecretKeyAccess.get()))
                .as("not a keyset in cleartext").isInstanceOf(Exception.class);
        MasterKey aMasterKey = MasterKey.fromJson(MasterKey.generate(), "a test");
        assertThatThrownBy(() -> TinkProtoKeysetFormat.parseEncryptedKeyset(stored, aMasterKey.aead().orElseThrow(),
                PersonKeys.associatedData("j-1"))).as("no master key opens it").isInstanceOf(Exception.class);
        assertThatThrownBy(() -> maintenance(KeyWrapping.withMasterKey(aMasterKey)).afterSingletonsInstantiated())
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("PKCS#11 token")
                .hasMessageContaining("JOURNEY_PKCS11_KEY_LABEL=" + label);
        assertThatThrownBy(() -> maintenance(hsm(OTHER, label, MasterKey.none())).afterSingletonsInstantiated())
                .as("a key of the same label in another token").isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("other than the one configured");
    }

    @Test
    void movingToTheHsmWrapsEveryKeyFromCleartextAndFromTheMasterKeyAndAllPersonalDataStillReads() throws Exception {
        MasterKey masterKey = MasterKey.fromJson(MasterKey.generate(), "a test");
        Sealed inCleartext = vault(KeyWrapping.cleartext()).seal("j-1", IDENTITY_NUMBER);
        Sealed underMasterKey = vault(KeyWrapping.withMasterKey(masterKey)).seal("j-2", NAME);
        vault(KeyWrapping.cleartext()).erase("j-3");
        jdbc.update("INSERT INTO person_key (journey_id, legacy_secret) VALUES ('legacy-1', ?)", (Object) legacySecret());
        Sealed sealedBeforeTink = new Sealed("NBSf7QcqygL5ibPLGb+lsq7kiDpmMnU4DqosM8rkt7X489weIEGDNw==");
        String label = SoftHsm.freshLabel();
        KeyWrapping hsm = hsm(MAIN, label, masterKey);

        maintenance(hsm).afterSingletonsInstantiated();

        assertThat(jdbc.queryForList("SELECT wrapped_with FROM person_key WHERE erased_at IS NULL", String.class))
                .hasSize(3).containsOnly("pkcs11:" + label);
        PersonalDataVault withoutMasterKey = vault(hsm(MAIN, label, MasterKey.none()));
        assertThat(withoutMasterKey.open("j-1", inCleartext)).contains(IDENTITY_NUMBER);
        assertThat(withoutMasterKey.open("j-2", underMasterKey)).contains(NAME);
        assertThat(withoutMasterKey.open("legacy-1", sealedBeforeTink)).contains(IDENTITY_NUMBER);
        assertThat(withoutMasterKey.seal("j-1", IDENTITY_NUMBER)).isEqualTo(inCleartext);
        assertThat(withoutMasterKey.seal("j-3", NAME)).as("still erased").isEqualTo(PersonalDataVault.UNSEALABLE);
        assertThat(new PersonKeys(jdbc, hsm, CACHES).wrapWithCurrentKey()).as("a second start has nothing to move").isZero();
        assertThatThrownBy(() -> maintenance(KeyWrapping.withMasterKey(masterKey)).afterSingletonsInstantiated())
                .as("the keys have moved to the token").isInstanceOf(MasterKeyException.class);
    }

    @Test
    void rotatingToANewKeyInTheTokenWrapsEveryKeyAnewAtStart() {
        String oldLabel = SoftHsm.freshLabel();
        Sealed sealed = vault(hsm(MAIN, oldLabel, MasterKey.none())).seal("j-1", NAME);
        String newLabel = SoftHsm.freshLabel();
        KeyWrapping rotating = PersonalDataConfiguration.pkcs11Wrapping(SoftHsm.settings(MAIN, newLabel, true),
                MasterKey.none(), oldLabel);

        maintenance(rotating).afterSingletonsInstantiated();

        assertThat(keyRow("j-1").get("wrapped_with")).isEqualTo("pkcs11:" + newLabel);
        assertThat(vault(hsm(MAIN, newLabel, MasterKey.none())).open("j-1", sealed)).contains(NAME);
    }

    @Test
    void erasureWithTheHsmMakesTheDataUnreadableAtOnceAlsoWhereTheKeyWasKeptInMemory() {
        KeyWrapping hsm = hsm(MAIN, SoftHsm.freshLabel(), MasterKey.none());
        PersonalDataVault oneNode = vault(hsm);
        PersonalDataVault anotherNode = vault(hsm);
        Sealed sealed = oneNode.seal("j-1", IDENTITY_NUMBER);
        assertThat(oneNode.open("j-1", sealed)).contains(IDENTITY_NUMBER);
        assertThat(anotherNode.open("j-1", sealed)).contains(IDENTITY_NUMBER);

        assertThat(anotherNode.erase("j-1")).isTrue();

        assertThat(oneNode.open("j-1", sealed)).isEmpty();
        assertThat(anotherNode.open("j-1", sealed)).isEmpty();
        assertThat(keyRow("j-1").get("keyset")).isNull();
    }

    @Test
    void aWrongPinRefusesTheStartWithoutRepeatingThePin() {
        Pkcs11Key.Settings wrongPin = new Pkcs11Key.Settings(SoftHsm.LIBRARY, SoftHsm.slot(LOCKED_OUT), "0000-wrong",
                SoftHsm.freshLabel(), true);

        assertThatThrownBy(() -> Pkcs11Key.connect(wrongPin)).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("PIN").hasMessageContaining("is wrong").hasMessageNotContaining("0000-wrong");
    }

    @Test
    void aMissingKeyIsNotMadeUnlessAllowedAndAMissingTokenIsNamed() {
        String label = SoftHsm.freshLabel();

        assertThatThrownBy(() -> Pkcs11Key.connect(SoftHsm.settings(MAIN, label, false)))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("has no key labelled '" + label + "'")
                .hasMessageContaining("JOURNEY_PKCS11_CREATE_KEY");
        String noSuchSlot = String.valueOf(Long.parseLong(SoftHsm.slot(MAIN)) + 1);
        assertThatThrownBy(() -> Pkcs11Key.connect(new Pkcs11Key.Settings(SoftHsm.LIBRARY, noSuchSlot, SoftHsm.PIN,
                label, true))).isInstanceOf(MasterKeyException.class).hasMessageContaining("slot " + noSuchSlot)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void theSettingsChooseTheHsmWithItsPinInAFileAndAMistakeInThemIsExplained(@TempDir Path folder) throws Exception {
        String label = SoftHsm.freshLabel();
        Path pinFile = Files.writeString(folder.resolve("pin"), SoftHsm.PIN + "\n");
        PersonalDataConfiguration configuration = new PersonalDataConfiguration();

        DataDirectoryProperties dataDir = new DataDirectoryProperties(folder.toString());
        KeyWrapping hsm = configuration.keyWrapping(settings("pkcs11", SoftHsm.LIBRARY, SoftHsm.slot(MAIN), "",
                pinFile.toString(), label), dataDir, jdbc);

        assertThat(hsm.current().map(KeyWrapping.Kek::name)).contains("pkcs11:" + label);
        assertThat(configuration.keyWrapping(settings("master-key", "", "", "", "", label), dataDir, jdbc).current()
                .map(KeyWrapping.Kek::name))
                .as("the default: a master key made in the data directory")
                .contains(MasterKey.NAME);
        assertThat(folder.resolve("master-key.json")).exists();
        assertThatThrownBy(() -> configuration.keyWrapping(settings("vault", "", "", "", "", label), dataDir, jdbc))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("JOURNEY_KEY_STORE is 'vault'");
        assertThatThrownBy(() -> configuration.keyWrapping(settings("pkcs11", SoftHsm.LIBRARY, SoftHsm.slot(MAIN), "",
                "", label), dataDir, jdbc))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("JOURNEY_PKCS11_PIN");
        assertThatThrownBy(() -> configuration.keyWrapping(settings("pkcs11", "", "", SoftHsm.PIN, "", label), dataDir,
                jdbc))
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("JOURNEY_PKCS11_LIBRARY");
        MasterKeyException refused = new MasterKeyException("The PIN for the PKCS#11 token in slot 1 is wrong");
        assertThat(new MasterKeyProblemAnalyzer().analyze(refused).getAction()).contains("JOURNEY_KEY_STORE=pkcs11");
    }

    private KeyWrapping hsm(SoftHsm.Token token, String label, MasterKey masterKey) {
        return PersonalDataConfiguration.pkcs11Wrapping(SoftHsm.settings(token, label, true), masterKey, "");
    }

    /** The settings as JOURNEY_KEY_STORE and the JOURNEY_PKCS11_* variables give them, making the key if missing. */
    private static PersonalDataProperties settings(String keyStore, String library, String slot, String pin,
                                                   String pinFile, String label) {
        return new PersonalDataProperties(keyStore, "", "",
                new PersonalDataProperties.Pkcs11(library, slot, pin, pinFile, label, true, ""));
    }

    private PersonalDataVault vault(KeyWrapping wrapping) {
        return new PersonalDataVault(new PersonKeys(jdbc, wrapping, CACHES));
    }

    private PersonKeyMaintenance maintenance(KeyWrapping wrapping) {
        return new PersonKeyMaintenance(new PersonKeys(jdbc, wrapping, CACHES), new PseudonymKey(jdbc, wrapping));
    }

    private Map<String, Object> keyRow(String journeyId) {
        return jdbc.queryForMap("SELECT * FROM person_key WHERE journey_id = ?", journeyId);
    }

    /** The secret of a journey sealed before Tink, as in PersonalDataVaultIntegrationTests. */
    private static byte[] legacySecret() {
        return HexFormat.of().parseHex("030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3"
                + "eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bc");
    }
}
