package se.finsam.journey.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests whose form Spring MVC cannot work with at all: a multipart body without its boundary or beyond the
 * servlet's limit, an {@code Accept} header that is no media type. Spring refuses them before (or without) a
 * controller, so {@link ProblemAdvice} took the first for a failure of ours (500, with its stack trace in the log)
 * and could not write the last in any form the client accepts (an empty 406). They are answered as the error page
 * ({@link ServletErrorAnswers}) answers: problem+json under the API and the app's page elsewhere, whatever the request
 * asked for.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestFormRefusals {

    private final ObjectMapper json;

    RequestFormRefusals(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "the upload is larger than this service takes "
                + "in one request");
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return refuse(request, response, HttpStatus.BAD_REQUEST, "the request says it is a form upload "
                + "(multipart/form-data) but its body cannot be read as one");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return refuse(request, response, HttpStatus.NOT_ACCEPTABLE, "the request's Accept header names no type this "
                + "address answers in (JSON, or the type of the file it exports)");
    }

    /**
     * Answered here rather than through the container's error page: for a multipart body Spring MVC would try (and
     * fail) to read it again on the way to that page.
     */
    private ModelAndView refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                String detail) throws IOException {
        return ServletErrorAnswers.answer(json, response, status, detail, request.getRequestURI());
    }
}
