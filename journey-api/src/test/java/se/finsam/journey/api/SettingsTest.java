package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import se.finsam.journey.api.ledger.LedgerImportSettings;
import se.finsam.journey.api.nodes.NodeProperties;
import se.finsam.journey.api.personal.PersonalDataProperties;
import se.finsam.journey.api.recording.ImportProperties;
import se.finsam.journey.api.recording.RecordingProperties;
import se.finsam.journey.api.security.BootstrapAdminProperties;
import se.finsam.journey.api.security.LoginProperties;
import se.finsam.journey.api.security.OidcProperties;
import se.finsam.journey.api.storage.DataDirectoryProperties;
import se.finsam.journey.api.storage.DatabaseProperties;
import se.finsam.journey.api.storage.StorageProperties;

/**
 * The settings as {@code application.properties} binds them: without any environment variable they are the
 * defaults of the README's configuration table, and a value that cannot work stops the start with a message that
 * names the setting and its environment variable.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsTest {

    @EnableConfigurationProperties({DatabaseProperties.class, DataDirectoryProperties.class, StorageProperties.class,
        LoginProperties.class, BootstrapAdminProperties.class, OidcProperties.class, PersonalDataProperties.class,
        NodeProperties.class, RecordingProperties.class, ImportProperties.class, LedgerImportSettings.class})
    static class Settings {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer()).withUserConfiguration(Settings.class);

    @Test
    void withoutEnvironmentVariablesEverySettingIsTheReadmesDefault() {
        service.run(context -> {
            assertThat(context).hasNotFailed();
            DatabaseProperties database = context.getBean(DatabaseProperties.class);
            assertThat(database.external()).as("the embedded database").isFalse();
            assertThat(database.user()).isEqualTo("journey");
            assertThat(database.poolSize()).isEqualTo(16);
            assertThat(database.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(database.socketTimeout()).isEqualTo(Duration.ofSeconds(120));
            assertThat(context.getBean(DataDirectoryProperties.class).dataDir()).isEqualTo("./data");
            StorageProperties storage = context.getBean(StorageProperties.class);
            assertThat(storage.minFreeSpace()).isEqualTo(DataSize.ofMegabytes(256));
            assertThat(storage.diskFullHold()).isEqualTo(Duration.ofSeconds(30));
            assertThat(context.getBean(LoginProperties.class))
                    .isEqualTo(new LoginProperties(5, 20, Duration.ofMinutes(5)));
            assertThat(context.getBean(BootstrapAdminProperties.class).set()).isFalse();
            OidcProperties oidc = context.getBean(OidcProperties.class);
            assertThat(oidc.issuer()).isEmpty();
            assertThat(oidc.rolesClaim()).isEqualTo("journey_roles");
            assertThat(oidc.initiativesClaim()).isEqualTo("journey_initiatives");
            assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
            PersonalDataProperties personalData = context.getBean(PersonalDataProperties.class);
            assertThat(personalData.keyStore()).isEqualTo("master-key");
            assertThat(personalData.pkcs11().keyLabel()).isEqualTo("journey-key-encryption-key");
            assertThat(personalData.pkcs11().createKey()).isFalse();
            NodeProperties node = context.getBean(NodeProperties.class);
            assertThat(node.name()).isEmpty();
            assertThat(node.claimTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(context.getBean(RecordingProperties.class).concurrency()).isZero();
            assertThat(context.getBean(ImportProperties.class)).isEqualTo(new ImportProperties(5000, 50));
            assertThat(context.getBean(LedgerImportSettings.class)).isEqualTo(new LedgerImportSettings(50_000, 20));
        });
    }

    @ParameterizedTest(name = "{0}={1} stops the start")
    @CsvSource({
        "journey.db.pool-size, 0, JOURNEY_DB_POOL_SIZE",
        "journey.db.connection-timeout, 10ms, JOURNEY_DB_CONNECTION_TIMEOUT",
        "journey.db.socket-timeout, 0s, JOURNEY_DB_SOCKET_TIMEOUT",
        "journey.storage.disk-full-hold, -5s, JOURNEY_DISK_FULL_HOLD",
        "journey.login.most-failures-per-user, 0, JOURNEY_LOGIN_MOST_FAILURES_PER_USER",
        "journey.login.most-failures-per-address, -1, JOURNEY_LOGIN_MOST_FAILURES_PER_ADDRESS",
        "journey.login.failure-window, 0s, JOURNEY_LOGIN_FAILURE_WINDOW",
        "journey.node.claim-timeout, 5s, JOURNEY_NODE_CLAIM_TIMEOUT",
        "journey.recording.concurrency, -1, JOURNEY_RECORDING_CONCURRENCY",
        "journey.import.chunk-size, 0, JOURNEY_IMPORT_CHUNK_SIZE",
        "journey.import.page-max-megabytes, 500, JOURNEY_IMPORT_PAGE_MAX_MB",
        "journey.ledger.import.most-rows, 0, JOURNEY_LEDGER_IMPORT_MOST_ROWS",
        "journey.ledger.import.most-megabytes, -20, JOURNEY_LEDGER_IMPORT_MOST_MB",
        "journey.oidc.roles-claim, ' ', JOURNEY_OIDC_ROLES_CLAIM",
        "journey.data-dir, ' ', JOURNEY_DATA_DIR"})
    void aValueThatCannotWorkStopsTheStartNamingItsVariable(String property, String value, String variable) {
        service.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains(variable);
        });
    }

    /**
     * The service itself, not only the records: its settings are found by the scan, and a wrong one is reported
     * before the embedded database starts.
     */
    @Test
    void theServiceRefusesToStartWithAPoolOfNoConnectionsAndSaysWhichVariable(@TempDir Path dataDir,
                                                                             CapturedOutput output) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(JourneyApplication.class).run(
                "--server.port=0", "--journey.data-dir=" + dataDir.toAbsolutePath(), "--journey.db.url=",
                "--journey.db.pool-size=0").close());

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains("journey.db.pool-size");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "journey.db.pool-size",
                "must be at least 1 (JOURNEY_DB_POOL_SIZE)");
        assertThat(dataDir.resolve("postgres")).as("the embedded database was never started").doesNotExist();
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
