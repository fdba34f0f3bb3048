package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the database refuses a batch of events, pgjdbc's message quotes the batch's first row with its values (the
 * journey id and the sealed payload, in hex) and PostgreSQL's detail quotes the failing row; Hikari logs that message
 * at WARN when it evicts the connection, and Spring when a rollback hides the failure. Sealed or not, a payload is
 * personal data and must not reach the log: the failure is logged, its row is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FailedWritesLogNoPersonalDataIntegrationTests {

    private static final String STAFF = "staff-sala";
    private static final String IDENTITY_NUMBER = "197001019871";
    private static final String NAME = "Eldbjörg Qvarnmark";
    /** A bytea value as pgjdbc and PostgreSQL quote it: {@code \x7b22…} is the hex of a JSON payload. */
    private static final Pattern QUOTED_BYTES = Pattern.compile("\\\\x[0-9a-fA-F]{16,}");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchTheDatabaseRefusesIsLoggedWithoutItsRows(CapturedOutput log) {
        ServiceClient service = new ServiceClient(port);
        service.initiative("sala", "vastmanland");
        service.user(STAFF, "STAFF", "sala");
        // The server going away mid-batch (57P01) makes Hikari evict the connection and log why, with the exception.
        jdbc.execute("CREATE FUNCTION refuse_gone() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.aggregateidentifier LIKE 'gone-%' THEN RAISE EXCEPTION 'terminating connection' "
                + "USING ERRCODE = '57P01'; END IF; RETURN NEW; END $$");
        jdbc.execute("CREATE TRIGGER refuse_gone BEFORE INSERT ON domainevententry FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_gone()");
        // A broken constraint: PostgreSQL's own detail then holds the whole failing row.
        jdbc.execute("ALTER TABLE domainevententry ADD CONSTRAINT refuse_checked "
                + "CHECK (aggregateidentifier NOT LIKE 'checked-%') NOT VALID");

        ServiceClient.Answer imported = service.importLines(STAFF, ServiceClient.line("gone-1", withPersonalData()));
        ServiceClient.Answer single = service.post(STAFF, "/api/v1/journeys/gone-2/records", withPersonalData());
        ServiceClient.Answer checked = service.post(STAFF, "/api/v1/journeys/checked-1/records", withPersonalData());

        assertThat(imported.status()).as(imported.body()).isEqualTo(503);
        assertThat(single.status()).as(single.body()).isGreaterThanOrEqualTo(500);
        assertThat(checked.status()).as(checked.body()).isEqualTo(500);
        assertThat(log.getAll()).as("the failures are logged").contains("marked as broken because of SQLSTATE(57P01)")
                .contains("Batch entry 0");
        assertThat(log.getAll()).doesNotContain(IDENTITY_NUMBER, NAME, "Failing row contains", "VALUES (");
        assertThat(QUOTED_BYTES.matcher(log.getAll()).results().map(found -> found.group()).toList())
                .as("payloads quoted in the log").isEmpty();
    }

    private static ObjectNode withPersonalData() {
        ObjectNode referral = ServiceClient.referral("r-1", "sala", "2024-02-01");
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", IDENTITY_NUMBER).put("name", NAME);
        return referral;
    }
}
