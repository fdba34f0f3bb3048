package se.finsam.journey.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import se.finsam.journey.api.security.Caller;

/**
 * What the servlet container's error page ({@code /error}) answers: every error that no controller answered itself,
 * such as a request the security firewall rejects (a {@code ;}, {@code //}, {@code ..} or an encoded {@code .} in
 * the path), a parameter holding a NUL byte, a form without its CSRF token, or an exception outside Spring MVC.
 * Under {@code /api/} and {@code /actuator/} that is problem+json, like every other error of the API; anywhere
 * else the error page of the web app. Spring Boot's own answer was a JSON map or a white page, in neither form.
 */
@PageController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ServletErrorAnswers implements ErrorController {

    /** A request attribute with the detail to show, in the user's terms, set by whoever sent the error. */
    public static final String DETAIL = ServletErrorAnswers.class.getName() + ".detail";
    /** A request attribute with the page's heading (a message key), set by whoever sent the error. */
    public static final String HEADING = ServletErrorAnswers.class.getName() + ".heading";

    private final ObjectMapper json;

    ServletErrorAnswers(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String detail = request.getAttribute(DETAIL) instanceof String given ? given : detailFor(status);
        ModelAndView answer = answer(json, response, status, detail,
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (answer != null && request.getAttribute(HEADING) instanceof String heading) {
            answer.addObject("heading", heading);
            answer.addObject("detail", null);
        }
        return answer;
    }

    /**
     * The answer to an error of a request for {@code path}: under the API, problem+json, written at once (and null
     * returned: nothing left to render); elsewhere the app's error page, to render.
     */
    static ModelAndView answer(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail,
                               String path) throws IOException {
        if (isApi(path)) {
            Problems.write(json, response, status, detail);
            return null;
        }
        ModelAndView page = new ModelAndView("error-page", status);
        page.addObject("status", status.value());
        page.addObject("heading", switch (status) {
            case FORBIDDEN, UNAUTHORIZED -> "error.forbidden";
            case NOT_FOUND -> "error.notFound";
            case SERVICE_UNAVAILABLE -> "error.unavailable";
            default -> status.is4xxClientError() ? "error.badRequest" : "error.unexpected";
        });
        page.addObject("detail", detail);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        page.addObject("me", signedIn != null && signedIn.getPrincipal() instanceof Caller caller ? caller : null);
        page.addObject("swedishHere", "/app?lang=sv");
        page.addObject("englishHere", "/app?lang=en");
        return page;
    }

    /** The API's paths (and its description): problem+json for their errors, whatever the client accepts. */
    public static boolean isApi(String path) {
        return path == null || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/api-docs");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** Said without the request's own text: a path or a parameter may hold anything, personal data included. */
    static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request could not be read: its address, parameters or headers are malformed";
            case UNAUTHORIZED -> "sign in first";
            case FORBIDDEN -> "the request was refused: a form must be sent from its page, with the token the page "
                    + "gives it (reload the page and send the form again), and only by a user allowed to use it";
            case NOT_FOUND -> "there is nothing at this address";
            case METHOD_NOT_ALLOWED -> "this address does not take requests of this method";
            case PAYLOAD_TOO_LARGE -> "the request is larger than this service takes";
            default -> status.is4xxClientError() ? "the request could not be answered (" + status.value() + ")"
                    : "Something went wrong on our side; nothing you sent was the cause. Try again, and tell the "
                    + "administrator if it happens again.";
        };
    }
}
