package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.ADMIN_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * Requests no client should send, and some will: odd characters and sequences in paths, NUL bytes in parameters,
 * names and passwords, parameters that are not what they should be, a language cookie that is no language. Each is
 * answered 4xx (problem+json under the API, the app's own page elsewhere) or has its parameter ignored; none is a
 * 5xx, none stores anything, and none leaves a stack trace in the log (which is captured around each request).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIntegrationTests {

    private static final String PERIOD = "from=2024-01-01&to=2024-12-31";

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
    void anInitiative() {
        service = new ServiceClient(port);
        service.initiative("alpha", "north");
    }

    /**
     * An API request as the administrator; {@code body} null for a GET. {@code header}: the Authorization header to
     * send instead of the administrator's, an Accept header ({@code "accept …"}), or the body's content type.
     */
    record ApiRequest(String method, String path, String body, String header) {
        static ApiRequest get(String path) {
            return new ApiRequest("GET", path, null, null);
        }

        static ApiRequest put(String path, String body) {
            return new ApiRequest("PUT", path, body, null);
        }

        @Override
        public String toString() {
            return method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path);
        }
    }

    static Stream<Arguments> apiRequests() {
        String nul = "\\u0000";
        return Stream.of(
                api("a ';' in the path", ApiRequest.get("/api/v1/initiatives;x=1"), 400, "never does"),
                api("a '//' in the path", ApiRequest.get("/api//v1/initiatives"), 400, "never does"),
                api("an encoded '..' in the path", ApiRequest.get("/api/v1/%2e%2e/v1/initiatives"), 400, "never does"),
                api("a '..' in the path", ApiRequest.get("/api/v1/journeys/../initiatives"), 400, "never does"),
                api("an encoded '/' in a journey id", ApiRequest.get("/api/v1/journeys/a%2fb"), 400, "could not be read"),
                api("an encoded NUL in a journey id", ApiRequest.get("/api/v1/journeys/a%00b"), 400, "could not be read"),
                api("a journey id of 10,000 characters", ApiRequest.get("/api/v1/journeys/" + "x".repeat(10_000)), 400,
                        "could not be read"),
                api("a NUL in an association code", ApiRequest.get("/api/v1/reports/participants?association=a%00b&"
                        + PERIOD), 400, "control character"),
                api("a NUL in an initiative code", ApiRequest.get("/api/v1/reports/participants?initiative=al%00pha&"
                        + PERIOD), 400, "control character"),
                api("a NUL in the user of the read audit", ApiRequest.get("/api/v1/audit/reads?user=a%00b"), 400,
                        "control character"),
                api("a NUL in an initiative's name", ApiRequest.put("/api/v1/initiatives/gamma",
                        "{\"name\": \"Team" + nul + "Gamma\", \"association\": \"north\"}"), 400, "control characters"),
                api("a NUL in an initiative's association", ApiRequest.put("/api/v1/initiatives/gamma",
                        "{\"name\": \"Team Gamma\", \"association\": \"no" + nul + "rth\"}"), 400, "control characters"),
                api("a NUL in a user's password", ApiRequest.put("/api/v1/users/bertil", "{\"password\": \"long-"
                        + nul + "enough\", \"roles\": [\"STAFF\"], \"initiatives\": [\"alpha\"]}"), 400,
                        "control characters"),
                api("a NUL in a user's initiatives", ApiRequest.put("/api/v1/users/bertil", "{\"password\": "
                        + "\"long-enough\", \"roles\": [\"STAFF\"], \"initiatives\": [\"al" + nul + "pha\"]}"), 400,
                        "is not an initiative code"),
                api("a NUL in the user name of HTTP Basic", new ApiRequest("GET", "/api/v1/initiatives", null,
                        "Basic " + Base64.getEncoder().encodeToString("ad\0min:x".getBytes(StandardCharsets.UTF_8))),
                        401, "Sign in"),
                api("an import sent as a form upload without its boundary", new ApiRequest("POST", "/api/v1/imports",
                        "x", "multipart/form-data"), 400, "cannot be read as one"),
                api("an Accept header that is no media type", new ApiRequest("GET", "/api/v1/initiatives", null,
                        "accept ;;;//"), 406, "Accept header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiRequests")
    void oddApiRequestsAreAnsweredWithAProblemAndNoStackTrace(String what, ApiRequest request, int status,
                                                               String detail, CapturedOutput log) {
        int logged = log.getAll().length();
        long initiatives = count("initiative");
        long users = count("app_user");

        Answer answer = send(request);

        ServiceClient.assertProblem(answer, status, detail);
        assertThat(count("initiative")).as("initiatives stored").isEqualTo(initiatives);
        assertThat(count("app_user")).as("users stored").isEqualTo(users);
        assertNoStackTrace(log, logged);
    }

    static Stream<Arguments> pageRequests() {
        return Stream.of(
                page("a ';' in an app path", "/app/x;y", 400, "never does"),
                page("an encoded '/' in an app path", "/app/journeys/a%2fb", 400, "Begäran kunde inte läsas"),
                page("a page that does not exist", "/app/no-such-page", 404, "Hittades inte"),
                page("a NUL in the initiative of the journey list", "/app/journeys?initiative=a%00b", 400,
                        "control character"),
                page("a NUL in the search of the journey list", "/app/journeys?initiative=alpha&q=a%00b", 400,
                        "control character"),
                page("a NUL in the initiative of the report", "/app/reports?initiative=a%00b&period=year&year=2024",
                        400, "control character"),
                page("a NUL in the user of the audit page", "/app/audit?user=a%00b", 400, "control character"),
                page("a page number that is no number", "/app/journeys?initiative=alpha&page=x", 400,
                        "Uppgifterna kunde inte användas"),
                page("a page number beyond any", "/app/journeys?initiative=alpha&page=99999999999", 400,
                        "Uppgifterna kunde inte användas"),
                page("an audit position that is no number", "/app/audit?before=99999999999999999999999", 400,
                        "Uppgifterna kunde inte användas"));
    }

    @Test
    void aParameterTomcatCannotDecodeIsIgnoredWithoutItsValueInTheLog(CapturedOutput log) {
        WebSession admin = WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD);
        int logged = log.getAll().length();

        Page page = admin.get("/app/journeys?initiative=alpha&q=19121212-1212%FF");

        assertThat(page.status()).isEqualTo(200);
        assertThat(log.getAll().substring(logged)).doesNotContain("19121212-1212");
        assertNoStackTrace(log, logged);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageRequests")
    void oddPageRequestsAreAnsweredWithAnErrorPageAndNoStackTrace(String what, String path, int status,
                                                                  String shown, CapturedOutput log) {
        WebSession admin = WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD);
        int logged = log.getAll().length();

        Page answer = admin.get(path);

        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.body()).startsWith("<!DOCTYPE html>").contains(shown).doesNotContain("Exception", "Tomcat");
        assertNoStackTrace(log, logged);
    }

    @Test
    void aNulInAnAdminFormIsRefusedAndStoresNothing(CapturedOutput log) {
        WebSession admin = WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD);
        int logged = log.getAll().length();

        Page answer = admin.post("/app/admin/initiatives/new", "/app/admin/initiatives",
                "code", "delta", "name", "Team\0Delta", "association", "north");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("control character");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative WHERE code = 'delta'", Long.class)).isZero();
        assertNoStackTrace(log, logged);
    }

    @Test
    void theSignInPageIgnoresALockedWaitThatIsNoNumber(CapturedOutput log) {
        int logged = log.getAll().length();

        for (String locked : new String[] {"x", "99999999999999999999", "-5", "1e3", ""}) {
            Page page = WebSession.anonymous(port).get("/login?locked=" + locked);

            assertThat(page.status()).as(locked).isEqualTo(200);
            assertThat(page.body()).as(locked).contains("name=\"password\"").doesNotContain("För många");
        }
        assertThat(WebSession.anonymous(port).get("/login?locked=120").body())
                .contains("För många misslyckade inloggningar. Försök igen om 2 minuter.");
        assertNoStackTrace(log, logged);
    }

    @Test
    void aLanguageCookieThatIsNoLanguageMeansSwedish(CapturedOutput log) throws Exception {
        int logged = log.getAll().length();

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).header("Cookie", "journey-lang=%%%").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Logga in");
        assertNoStackTrace(log, logged);
    }

    private Answer send(ApiRequest request) {
        String header = request.header();
        if (header != null && header.startsWith("Basic ")) {
            return service.get(null, null, request.path(), "Authorization", header);
        }
        if (header != null && header.startsWith("accept ")) {
            return service.get(ADMIN, ADMIN_PASSWORD, request.path(), "Accept", header.substring("accept ".length()));
        }
        return request.body() == null ? service.get(ADMIN, request.path())
                : service.send(ADMIN, ADMIN_PASSWORD, request.method(), request.path(),
                header == null ? "application/json" : header, request.body());
    }

    private static void assertNoStackTrace(CapturedOutput log, int from) {
        String written = log.getAll().substring(from);
        assertThat(written).as("the log since the request").doesNotContain("Exception", "\tat ", "ERROR");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private static Arguments api(String what, ApiRequest request, int status, String detail) {
        return Arguments.of(what, request, status, detail);
    }

    private static Arguments page(String what, String path, int status, String shown) {
        return Arguments.of(what, path, status, shown);
    }

}
