package se.finsam.journey.api.web;

import java.io.ByteArrayOutputStream;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser session without the browser, over real HTTP, for every page test: signs in through the form
 * (with its CSRF token), keeps the session cookie, follows no redirects (so that a refusal or a sign-in redirect is
 * seen as it is sent), posts forms and uploads files with the page's CSRF token, or without one to show that a
 * forged request is refused. One class, so that all page tests sign in and send forms the same way.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** An answer: status, the Location of a redirect (or null), the Refresh header (or null), the page. */
    public record Page(int status, String location, String refresh, String body) {
    }

    /** A file as sent: status, the headers a test reads (null when absent), the bytes. */
    public record Download(int status, String contentType, String contentDisposition, String manifest,
            byte[] bytes) {
    }

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A session that has not signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** A session signed in as {@code username}; fails the test when the sign-in does not land on the app. */
    public static WebSession signedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page answer = session.post("/login", "/login", "username", username, "password", password);
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("/login")) {
            throw new AssertionError("sign-in of " + username + " failed: " + answer.status() + " "
                    + answer.location());
        }
        return session;
    }

    /** The CSRF token of the (first) form on the page; fails the test when there is none. */
    public static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the page has no form with a CSRF token");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The page a redirect points at. */
    public Page follow(Page redirect) {
        return get(redirect.location().replaceFirst("^https?://[^/]+", ""));
    }

    /** Reads the form page {@code formPage}, then posts the fields (name, value, …) with its CSRF token. */
    public Page post(String formPage, String path, String... fields) {
        return postWith(csrf(get(formPage).body()), path, fields);
    }

    /** Posts the fields (name, value, …) with the CSRF token {@code csrf}, read earlier from the form's page. */
    public Page postWith(String csrf, String path, String... fields) {
        return postForm(path, csrf, fields);
    }

    /** Posts the fields (name, value, …) without any CSRF token, as a forged request from another site would. */
    public Page postWithout(String path, String... fields) {
        return postForm(path, null, fields);
    }

    /** Uploads a file as the import form does (multipart, field {@code file}, with the CSRF token). */
    public Page upload(String path, String csrf, String filename, byte[] content) {
        String boundary = "----journey" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A file (a template, an export) as bytes, with the headers that say what it is. */
    public Download download(String path) {
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), header(response, "Content-Type"),
                header(response, "Content-Disposition"), header(response, "X-Journey-Manifest"), response.body());
    }

    private Page postForm(String path, String csrf, String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in pairs: name, value, …");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        if (csrf != null) {
            pairs.add("_csrf=" + encode(csrf));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    private Page send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), header(response, "Location"), header(response, "Refresh"),
                response.body());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
