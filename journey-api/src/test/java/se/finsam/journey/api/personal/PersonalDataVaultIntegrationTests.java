package se.finsam.journey.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.daead.AesSivKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.Decision;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyRules;
import se.finsam.journey.journey.Person;
import se.finsam.journey.journey.RuleViolation;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.ParticipantReferred;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.finsam.journey.api.MutableClock;
import se.finsam.journey.api.metrics.Caches;
import java.time.Instant;

/**
 * The vault against real PostgreSQL with the service's own migrations, each test on a database of its own:
 * deterministic sealing per journey, erasure, keysets in cleartext or wrapped with a master key, and keys of
 * journeys sealed before Tink.
 */
class PersonalDataVaultIntegrationTests {

    /** Keys kept in memory as the service keeps them, on a clock that stands still: none expires mid-test. */
    private static final Caches CACHES = new Caches(new MutableClock(Instant.parse("2026-11-23T09:00:00Z")),
            new SimpleMeterRegistry());

    private static final String IDENTITY_NUMBER = "191212121212";
    private static final String NAME = "Tolvan Tolvansson";
    @RegisterExtension
    static final MigratedDatabases DATABASES = new MigratedDatabases("vault");

    private JdbcTemplate jdbc;

    @BeforeEach
    void aMigratedDatabaseOfItsOwn() {
        jdbc = DATABASES.fresh();
    }

    @Test
    void theSameValueSealedTwiceForOneJourneyGivesTheSameTextAndOpensAgain() {
        PersonalDataVault vault = vault(MasterKey.none());

        Sealed first = vault.seal("j-1", IDENTITY_NUMBER);
        Sealed second = vault.seal("j-1", IDENTITY_NUMBER);

        assertThat(second).isEqualTo(first);
        assertThat(first.ciphertext()).doesNotContain(IDENTITY_NUMBER);
        assertThat(vault.open("j-1", first)).contains(IDENTITY_NUMBER);
        assertThat(vault.open("j-1", vault.seal("j-1", NAME))).contains(NAME);
    }

    @Test
    void theSameValueGivesDifferentTextsInTwoJourneysAndNeitherOpensTheOthers() {
        PersonalDataVault vault = vault(MasterKey.none());

        Sealed inOne = vault.seal("j-1", IDENTITY_NUMBER);
        Sealed inTwo = vault.seal("j-2", IDENTITY_NUMBER);

        assertThat(inOne).isNotEqualTo(inTwo);
        assertThat(vault.open("j-2", inOne)).isEmpty();
        assertThat(vault.open("j-1", inTwo)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_key", Integer.class)).isEqualTo(2);
    }

    @Test
    void eachJourneyHasItsOwnTinkKeysetForAesSivStoredInCleartextWithoutAMasterKey() throws Exception {
        vault(MasterKey.none()).seal("j-1", NAME);

        Map<String, Object> row = keyRow("j-1");

        assertThat(row.get("wrapped_with")).isNull();
        KeysetHandle keyset = TinkProtoKeysetFormat.parseKeyset((byte[]) row.get("keyset"), InsecureSecretKeyAccess.get());
        assertThat(keyset.size()).isEqualTo(1);
        assertThat(keyset.getPrimary().getKey()).isInstanceOf(AesSivKey.class);
    }

    @Test
    void erasureDestroysTheKeySoNothingOpensAndNothingCanBeSealedAgain() {
        PersonalDataVault vault = vault(MasterKey.none());
        Sealed sealed = vault.seal("j-1", IDENTITY_NUMBER);

        boolean erased = vault.erase("j-1");

        assertThat(erased).isTrue();
        assertThat(vault.open("j-1", sealed)).isEmpty();
        assertThat(vault.seal("j-1", IDENTITY_NUMBER)).isEqualTo(PersonalDataVault.UNSEALABLE);
        Map<String, Object> row = keyRow("j-1");
        assertThat(row.get("keyset")).isNull();
        assertThat(row.get("legacy_keyset")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(vault.erase("j-1")).as("erasing again destroys nothing more").isFalse();
    }

    @Test
    void erasingAJourneyThatNeverHadPersonalDataKeepsAnyFromBeingSealedLater() {
        PersonalDataVault vault = vault(MasterKey.none());

        assertThat(vault.erase("j-1")).isTrue();

        assertThat(vault.seal("j-1", NAME)).isEqualTo(PersonalDataVault.UNSEALABLE);
        assertThat(keyRow("j-1").get("keyset")).isNull();
    }

    @Test
    void withAMasterKeyTheKeysetIsStoredWrappedAndStillSealsAndOpens() throws Exception {
        MasterKey masterKey = MasterKey.fromJson(MasterKey.generate(), "a test");
        PersonalDataVault vault = vault(masterKey);

        Sealed sealed = vault.seal("j-1", NAME);

        Map<String, Object> row = keyRow("j-1");
        assertThat(row.get("wrapped_with")).isEqualTo(MasterKey.NAME);
        assertThatThrownBy(() -> TinkProtoKeysetFormat.parseKeyset((byte[]) row.get("keyset"),
                InsecureSecretKeyAccess.get())).as("not a keyset in cleartext").isInstanceOf(Exception.class);
        assertThat(vault.open("j-1", sealed)).contains(NAME);
        assertThat(vault(masterKey).seal("j-1", NAME)).isEqualTo(sealed);
    }

    @Test
    void startingWithoutTheMasterKeyThatWrappedTheKeysetsIsRefused() throws Exception {
        vault(MasterKey.fromJson(MasterKey.generate(), "a test")).seal("j-1", NAME);

        assertThatThrownBy(() -> maintenance(MasterKey.none()).afterSingletonsInstantiated())
                .isInstanceOf(MasterKeyException.class).hasMessageContaining("wrapped with a master key").hasMessageContaining("JOURNEY_MASTER_KEY");
        assertThatThrownBy(() -> maintenance(MasterKey.fromJson(MasterKey.generate(), "a test"))
                .afterSingletonsInstantiated()).isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("other than the one configured");
    }

    @Test
    void configuringAMasterKeyWrapsTheKeysetsStoredInCleartextAtStart() throws Exception {
        Sealed sealed = vault(MasterKey.none()).seal("j-1", NAME);
        MasterKey masterKey = MasterKey.fromJson(MasterKey.generate(), "a test");

        maintenance(masterKey).afterSingletonsInstantiated();

        assertThat(keyRow("j-1").get("wrapped_with")).isEqualTo(MasterKey.NAME);
        assertThat(vault(masterKey).open("j-1", sealed)).contains(NAME);
        assertThat(vault(masterKey).seal("j-1", NAME)).isEqualTo(sealed);
    }

    @Test
    void valuesSealedBeforeTinkStillOpenAfterTheirKeyIsConverted() {
        // The 64-byte secret and the texts the hand-rolled AES-GCM of earlier versions made with it.
        byte[] secret = HexFormat.of().parseHex("030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3"
                + "eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bc");
        jdbc.update("INSERT INTO person_key (journey_id, legacy_secret) VALUES ('legacy-1', ?)", (Object) secret);
        Sealed oldNumber = new Sealed("NBSf7QcqygL5ibPLGb+lsq7kiDpmMnU4DqosM8rkt7X489weIEGDNw==");
        Sealed oldName = new Sealed("2euHuU7VhaHVxUwM2K7eWvyX4rvohegg6E24mZO2DRpolYPPfeOv8g3S/Mex");

        maintenance(MasterKey.none()).afterSingletonsInstantiated();

        PersonalDataVault vault = vault(MasterKey.none());
        assertThat(keyRow("legacy-1").get("legacy_secret")).isNull();
        assertThat(vault.open("legacy-1", oldNumber)).contains(IDENTITY_NUMBER);
        assertThat(vault.open("legacy-1", oldName)).contains(NAME);
        Sealed newName = vault.seal("legacy-1", NAME);
        assertThat(newName).isNotEqualTo(oldName);
        assertThat(vault.open("legacy-1", newName)).contains(NAME);
        vault.erase("legacy-1");
        assertThat(vault.open("legacy-1", oldNumber)).isEmpty();
    }

    @Test
    void aReferralSealedBeforeTinkAndSentAgainIsTheSameRecordToTheJourneyRulesSinceItOpensToTheSameValues() {
        Sealed[] old = legacyJourney();
        PersonalDataVault vault = vault(MasterKey.none());
        JourneyHistory stored = JourneyHistory.of(List.of(referral(old[0], old[1])));
        ParticipantReferred sentAgain = referral(vault.seal("legacy-1", IDENTITY_NUMBER), vault.seal("legacy-1", NAME));
        assertThat(sentAgain).as("sealed anew, the texts differ").isNotEqualTo(stored.events().get(0));

        Decision decision = JourneyRules.decide(stored, sentAgain, LocalDate.of(2026, 1, 1), vault);

        assertThat(decision.duplicate()).isTrue();
        assertThat(decision.sequenceNumber()).isZero();
        assertThatThrownBy(() -> JourneyRules.decide(stored, sentAgain, LocalDate.of(2026, 1, 1)))
                .as("compared by sealed text, as before").hasMessageContaining("already used");
        ParticipantReferred otherName = referral(vault.seal("legacy-1", IDENTITY_NUMBER), vault.seal("legacy-1", "Annan"));
        assertThatThrownBy(() -> JourneyRules.decide(stored, otherName, LocalDate.of(2026, 1, 1), vault))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already used");
    }

    @Test
    void aMasterKeyComesFromTheSettingOrAFileButNotBoth(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("master-key.json"), MasterKey.generate());

        assertThat(MasterKey.fromConfiguration("", file.toString()).aead()).isPresent();
        assertThat(MasterKey.fromConfiguration(Files.readString(file), "").aead()).isPresent();
        assertThat(MasterKey.fromConfiguration("", "").aead()).isEmpty();
        assertThatThrownBy(() -> MasterKey.fromConfiguration(Files.readString(file), file.toString()))
                .hasMessageContaining("set one");
        assertThatThrownBy(() -> MasterKey.fromConfiguration("not-a-keyset-but-a-secret", ""))
                .hasMessageContaining("not a Tink AEAD keyset").hasMessageNotContaining("not-a-keyset-but-a-secret");
    }

    /** Journey legacy-1 with its key from before Tink, converted as at start; its identity number and name so sealed. */
    private Sealed[] legacyJourney() {
        byte[] secret = HexFormat.of().parseHex("030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3"
                + "eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bc");
        jdbc.update("INSERT INTO person_key (journey_id, legacy_secret) VALUES ('legacy-1', ?)", (Object) secret);
        maintenance(MasterKey.none()).afterSingletonsInstantiated();
        return new Sealed[] {new Sealed("NBSf7QcqygL5ibPLGb+lsq7kiDpmMnU4DqosM8rkt7X489weIEGDNw=="),
            new Sealed("2euHuU7VhaHVxUwM2K7eWvyX4rvohegg6E24mZO2DRpolYPPfeOv8g3S/Mex")};
    }

    private static ParticipantReferred referral(Sealed identityNumber, Sealed name) {
        return new ParticipantReferred("legacy-1", "r", LocalDate.of(2024, 1, 10), "staff", "fns",
                ReferringParty.SELF, null, new Person(Gender.MAN, 1980, null, identityNumber, name),
                SupportSource.UNKNOWN, null);
    }

    private PersonalDataVault vault(MasterKey masterKey) {
        return new PersonalDataVault(new PersonKeys(jdbc, KeyWrapping.withMasterKey(masterKey), CACHES));
    }

    private PersonKeyMaintenance maintenance(MasterKey masterKey) {
        return new PersonKeyMaintenance(new PersonKeys(jdbc, KeyWrapping.withMasterKey(masterKey), CACHES),
                new PseudonymKey(jdbc, KeyWrapping.withMasterKey(masterKey)));
    }

    private Map<String, Object> keyRow(String journeyId) {
        return jdbc.queryForMap("SELECT * FROM person_key WHERE journey_id = ?", journeyId);
    }
}
