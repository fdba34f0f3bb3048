package se.finsam.journey.api.pages.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to HTTP: signs in through the form, keeps the session cookie, and sends forms with the
 * CSRF token of the page they were read from (or, to show it is refused, without). Redirects are not followed, so
 * a test sees them.
 */
public final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    /** An answer: status, the Location of a redirect, the Refresh header (if any), the page. */
    public record Page(int status, String location, String refresh, String body) {
    }

    private SignedInClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public static SignedInClient signIn(int port, String username, String password) {
        SignedInClient client = new SignedInClient(port);
        Page login = client.get("/login");
        Page signedIn = client.send("/login", csrfOf(login.body()), "username", username, "password", password);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).as("sign-in of " + username).doesNotContain("/login");
        return client;
    }

    public Page get(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Reads the form page {@code formPage}, then posts the fields (name, value, …) with its CSRF token. */
    public Page post(String formPage, String path, String... fields) {
        return send(path, csrfOf(get(formPage).body()), fields);
    }

    /** Posts the fields without any CSRF token, as a forged request from another site would. */
    public Page postWithoutCsrf(String path, String... fields) {
        return send(path, null, fields);
    }

    private Page send(String path, String csrf, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        if (csrf != null) {
            pairs.add("_csrf=" + encode(csrf));
        }
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&")))));
    }

    private Page exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Refresh").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page has a form with a CSRF token").isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
