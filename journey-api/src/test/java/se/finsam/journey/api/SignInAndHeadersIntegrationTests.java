package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.ADMIN_PASSWORD;
import static se.finsam.journey.api.ServiceClient.PASSWORD;
import static se.finsam.journey.api.ServiceClient.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/**
 * Sign-in protection and security headers over real HTTP, as behind a reverse proxy (forwarded headers on), so
 * that each test can come from client addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "journey.login.most-failures-per-address=8"})
class SignInAndHeadersIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClient service;

    @BeforeEach
    void anInitiativeWithItsStaff() {
        service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        for (String user : List.of("anna", "bo", "cecilia", "david", "frida", "gustav")) {
            service.user(user, "STAFF", "fns");
        }
    }

    @Test
    void afterFiveWrongPasswordsFromAnAddressTheUserIsRefusedThereWith429EvenWithTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThat(initiatives("anna", "wrong-password", "198.51.100.1").status()).isEqualTo(401);
        }

        Answer refused = initiatives("anna", PASSWORD, "198.51.100.1");

        assertProblem(refused, 429, "Too many failed sign-ins");
        assertThat(refused.json().path("detail").asText()).contains("För många misslyckade inloggningar");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(refused.header("WWW-Authenticate")).isNull();
        assertThat(initiatives("anna", PASSWORD, "198.51.100.99").status()).as("from another address").isEqualTo(200);
        assertThat(initiatives("bo", PASSWORD, "198.51.100.1").status()).as("another user").isEqualTo(200);
    }

    @Test
    void aGuesserAtOneAddressCannotStopTheRealUserAtAnotherFromSigningIn() {
        for (int i = 0; i < 5; i++) {
            assertThat(initiatives("frida", "guess-" + i, "203.0.113.66").status()).isEqualTo(401);
        }

        assertThat(initiatives("frida", PASSWORD, "198.51.100.7").status()).as("the real user elsewhere")
                .isEqualTo(200);
        assertProblem(initiatives("frida", PASSWORD, "203.0.113.66"), 429, "Too many failed sign-ins");
    }

    @Test
    void theRealUsersSuccessDoesNotLetAGuesserInterleavingWithThemGoOn() {
        for (int i = 0; i < 4; i++) {
            assertThat(initiatives("gustav", "guess-" + i, "203.0.113.77").status()).isEqualTo(401);
        }
        assertThat(initiatives("gustav", PASSWORD, "198.51.100.8").status()).isEqualTo(200);
        assertThat(initiatives("gustav", "guess-4", "203.0.113.77").status()).isEqualTo(401);

        assertProblem(initiatives("gustav", "guess-5", "203.0.113.77"), 429, "Too many failed sign-ins");
    }

    @Test
    void fourWrongPasswordsThenTheRightOneSignsIn() {
        for (int i = 0; i < 4; i++) {
            assertThat(initiatives("cecilia", "wrong-password", "198.51.100.2").status()).isEqualTo(401);
        }

        assertThat(initiatives("cecilia", PASSWORD, "198.51.100.2").status()).isEqualTo(200);
    }

    @Test
    void wrongGuessesForManyUserNamesFromOneAddressStopThatAddress() {
        for (int i = 0; i < 8; i++) {
            assertThat(initiatives("guess-" + i, "password-" + i, "203.0.113.5").status()).isEqualTo(401);
        }

        assertProblem(initiatives(ADMIN, ADMIN_PASSWORD, "203.0.113.5"), 429, "from this address");
        assertThat(initiatives(ADMIN, ADMIN_PASSWORD, "203.0.113.6").status()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Map<String, Answer> answers = Map.of(
                "an API answer", initiatives("david", PASSWORD, "192.0.2.1"),
                "a refused sign-in", initiatives(null, null, "192.0.2.1"),
                "a forbidden request", service.get("david", PASSWORD, "/api/v1/users"),
                "an unknown API path", service.get("david", PASSWORD, "/api/v1/nothing-here"),
                "a path outside the API", service.get(null, null, "/nothing-here"),
                "the health check", service.get(null, null, "/actuator/health"));

        answers.forEach((what, answer) -> {
            assertThat(answer.header("Content-Security-Policy")).as(what).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(answer.header("Strict-Transport-Security")).as(what + " over plain http").isNull();
        });
        assertThat(answers.get("a forbidden request").status()).isEqualTo(403);
        assertThat(answers.get("a path outside the API").status()).isEqualTo(404);
    }

    @Test
    void answersToHttpsRequestsTellBrowsersToKeepToHttps() {
        Answer overHttps = service.get("david", PASSWORD, "/api/v1/initiatives", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "192.0.2.2");

        assertThat(overHttps.status()).isEqualTo(200);
        assertThat(overHttps.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void passwordsAreStoredAsBcryptWithCostTwelveAndOlderHashesStillSignInAndAreStrengthened() {
        assertThat(passwordHash("david")).startsWith("{bcrypt}$2a$12$");
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = 'bo'",
                "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD));

        assertThat(initiatives("bo", PASSWORD, "192.0.2.3").status()).isEqualTo(200);

        assertThat(passwordHash("bo")).startsWith("{bcrypt}$2a$12$");
        assertThat(initiatives("bo", PASSWORD, "192.0.2.3").status()).isEqualTo(200);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsABadRequest() {
        Answer answer = service.put(ADMIN, "/api/v1/users/erik", ServiceClient.JSON.createObjectNode()
                .put("password", "å".repeat(40)).set("roles", ServiceClient.JSON.createArrayNode().add("STAFF")));

        assertProblem(answer, 400, "at most 72 bytes");
    }

    private Answer initiatives(String user, String password, String clientAddress) {
        return service.get(user, password, "/api/v1/initiatives", "X-Forwarded-For", clientAddress);
    }

    private String passwordHash(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
    }
}
