package se.finsam.journey.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.finsam.journey.api.recording.InvalidRecordException;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.storage.DatabaseTrouble;

/**
 * What every page needs (the signed-in user, links to the same page in the other language) and what a page shows
 * when its request cannot be answered: a page in the user's language with the reason, and the status an API
 * client would get (403, 404, 400, 503 when the database cannot be reached or its disk is full). Only the
 * exception's class is logged, never its message: messages may name what a user typed.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageModel {

    private static final Logger log = LoggerFactory.getLogger(PageModel.class);

    @ModelAttribute("me")
    Caller me(@AuthenticationPrincipal Caller caller) {
        return caller;
    }

    @ModelAttribute("swedishHere")
    String swedishHere() {
        return sameUrlIn("sv");
    }

    @ModelAttribute("englishHere")
    String englishHere() {
        return sameUrlIn("en");
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        return errorPage(model, response, HttpStatus.FORBIDDEN, "error.forbidden", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return errorPage(model, response, HttpStatus.NOT_FOUND, "error.notFound", e.getMessage());
    }

    @ExceptionHandler({BadRequestException.class, InvalidRecordException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        return errorPage(model, response, HttpStatus.BAD_REQUEST, "error.badRequest", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response, HttpServletRequest request) {
        Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
        if (trouble.isPresent()) {
            log.warn("page {} answered 503: {}", request.getRequestURI(), trouble.get());
            response.setHeader("Retry-After", Long.toString(trouble.get().retryAfterSeconds()));
            return errorPage(model, response, HttpStatus.SERVICE_UNAVAILABLE, trouble.get() == DatabaseTrouble.DISK_FULL
                    ? "error.diskFull" : "error.unavailable", null);
        }
        log.error("page {} failed with {}", request.getRequestURI(), e.getClass().getName());
        return errorPage(model, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", null);
    }

    private static String errorPage(Model model, HttpServletResponse response, HttpStatus status, String heading,
                                    String detail) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("heading", heading);
        model.addAttribute("detail", detail);
        return "error-page";
    }

    private static String sameUrlIn(String language) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", language)
                .build().toUriString().replaceFirst("^https?://[^/]+", "");
    }

    /** For pages that format numbers themselves: the user's language, never anything else. */
    public static Locale language(Locale requested) {
        return PagesConfiguration.supported(requested);
    }
}
