package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.referral;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/**
 * Single sign-on without a network: the test is its own identity provider. It makes an RSA key, gives the service
 * the public half as a PEM file, and signs tokens shaped as Keycloak's (roles under {@code realm_access.roles}, the
 * initiatives in {@code journey_initiatives}). HTTP Basic keeps working beside them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnIntegrationTests {

    private static final String ISSUER = "https://sso.example.test/realms/journey";
    private static final String AUDIENCE = "journey";
    private static final KeyPair IDENTITY_PROVIDER = rsaKeys();
    private static final String REPORT = "/api/v1/reports/participants?from=2024-01-01&to=2024-12-31&initiative=";

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        ServiceClient.ownDatabase(registry);
        Path pem = Files.createDirectories(Path.of("target", "sso")).resolve("public-key-" + System.nanoTime() + ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                IDENTITY_PROVIDER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("journey.oidc.issuer", () -> ISSUER);
        registry.add("journey.oidc.public-key-location", () -> pem.toUri().toString());
        registry.add("journey.oidc.audience", () -> AUDIENCE);
        registry.add("journey.oidc.roles-claim", () -> "realm_access.roles");
    }

    @LocalServerPort
    int port;

    ServiceClient service;

    @BeforeEach
    void twoInitiativesWithAJourneyEach() {
        service = new ServiceClient(port);
        service.initiative("alpha", "north");
        service.initiative("beta", "south");
        Answer imported = service.importLines(ADMIN, String.join("\n",
                line("sso-alpha", referral("r", "alpha", "2024-01-10")), line("sso-alpha", enrolment("e", "2024-01-20")),
                line("sso-beta", referral("r", "beta", "2024-01-10"))));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void anAnalystsTokenReadsTheReportOfItsInitiativeAndIsRefusedAnother() {
        String token = token(claims("erik", List.of("ANALYST", "offline_access"), List.of("alpha")));

        Answer own = get(token, REPORT + "alpha");
        Answer other = get(token, REPORT + "beta");

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().path("manifest").asText()).isNotBlank();
        assertProblem(other, 403, "may not read initiative 'beta'");
        assertProblem(get(token, "/api/v1/journeys/sso-alpha"), 403, "may not read journeys");
    }

    @Test
    void aStaffTokenRecordsInItsInitiativeUnderTheUserNameOfTheIdentityProvider() {
        String token = token(claims("anna", List.of("STAFF"), "alpha, gamma"));

        Answer recorded = send(token, "POST", "/api/v1/journeys/sso-alpha/records",
                ServiceClient.assessment("a1", "2024-02-01", "BIP", 3).toString());
        Answer refused = send(token, "POST", "/api/v1/journeys/sso-beta/records",
                ServiceClient.assessment("a1", "2024-02-01", "BIP", 3).toString());

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        // Another initiative's journey answers as one that does not exist: neither its existence nor where it is.
        assertProblem(refused, 404, "journey 'sso-beta' has no referral");
        Answer journey = get(token, "/api/v1/journeys/sso-alpha");
        assertThat(journey.json().path("records").get(2).path("recordedBy").asText()).isEqualTo("anna");
        assertThat(get(token, "/api/v1/me").json().path("initiatives").toString()).contains("alpha", "gamma");
    }

    @Test
    void aTokenWithoutJourneyRolesSeesNothing() {
        String token = token(claims("nobody", List.of("offline_access", "uma_authorization"), List.of("*")));

        for (String path : List.of(REPORT + "alpha", "/api/v1/initiatives", "/api/v1/journeys/sso-alpha",
                "/api/v1/reports/manifests/unknown", "/api/v1/audit/reads")) {
            Answer answer = get(token, path);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(get(token, "/api/v1/me").json().path("roles").isEmpty()).isTrue();
    }

    static Stream<Arguments> tokensNotToTrust() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("expired", token(claims("erik", List.of("ADMIN"), List.of("*"),
                        c -> c.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                                .expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))))),
                Arguments.of("signed by another key", token(rsaKeys(), claims("erik", List.of("ADMIN"), List.of("*")))),
                Arguments.of("of another issuer", token(claims("erik", List.of("ADMIN"), List.of("*"),
                        c -> c.issuer("https://sso.example.test/realms/other")))),
                Arguments.of("for another audience", token(claims("erik", List.of("ADMIN"), List.of("*"),
                        c -> c.audience("account")))),
                Arguments.of("not a token at all", "not.a-token"));
    }

    @ParameterizedTest(name = "a token {0} is refused with 401")
    @MethodSource("tokensNotToTrust")
    void tokensNotToTrustAreRefused(String what, String token) {
        Answer answer = get(token, REPORT + "alpha");

        assertProblem(answer, 401, "bearer token is not valid");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void theApiDescriptionNamesBearerTokensBesideBasicAndIsReadWithAToken() {
        Answer description = get(token(claims("erik", List.of("ANALYST"), List.of("alpha"))), "/v3/api-docs");

        assertThat(description.status()).as(description.body()).isEqualTo(200);
        assertThat(description.json().path("components").path("securitySchemes").path("bearer").path("bearerFormat")
                .asText()).isEqualTo("JWT");
        assertThat(description.json().path("security").toString()).isEqualTo("[{\"basic\":[]},{\"bearer\":[]}]");
    }

    @Test
    void httpBasicKeepsWorkingBesideTokens() {
        assertThat(service.get(ADMIN, REPORT + "beta").status()).isEqualTo(200);
        assertThat(service.get(null, null, REPORT + "beta").status()).isEqualTo(401);
    }

    private static JWTClaimsSet claims(String user, List<String> roles, Object initiatives) {
        return claims(user, roles, initiatives, UnaryOperator.identity());
    }

    private static JWTClaimsSet claims(String user, List<String> roles, Object initiatives,
                                       UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("id-of-" + user)
                .audience(List.of(AUDIENCE, "account")).claim("preferred_username", user)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("realm_access", Map.of("roles", roles)).claim("journey_initiatives", initiatives);
        return change.apply(claims).build();
    }

    private static String token(JWTClaimsSet claims) {
        return token(IDENTITY_PROVIDER, claims);
    }

    private static String token(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer get(String token, String path) {
        return send(token, "GET", path, "");
    }

    private Answer send(String token, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
