package se.finsam.journey.api.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session without the browser, over real HTTP: signs in through the form (with its CSRF
 * token), keeps the session cookie, follows no redirects (so that a refusal or a sign-in redirect is seen as it
 * is sent) and posts forms with the page's CSRF token.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public record Page(int status, String location, String body) {
    }

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A session that has not signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** A session signed in as {@code username}; fails when the sign-in does not land on the app. */
    public static WebSession signedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page answer = session.post("/login", "/login", Map.of("username", username, "password", password));
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + answer.status() + " "
                    + answer.location());
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts {@code fields} as a form, with the CSRF token of the form page at {@code formPage}. */
    public Page post(String formPage, String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token.find()) {
            all.put("_csrf", token.group(1));
        }
        return postWithout(path, all);
    }

    /** Posts {@code fields} exactly as given: without a CSRF token unless one is among them. */
    public Page postWithout(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
