package se.finsam.journey.api.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.UriUtils;
import se.finsam.journey.api.recording.ImportInterruptedException;
import se.finsam.journey.api.recording.ImportResult;
import se.finsam.journey.api.recording.InvalidRecordException;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.storage.DatabaseTrouble;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.Refusal;
import se.finsam.journey.journey.RuleViolation;

/**
 * Maps every failure to an RFC 9457 problem: bad input 400/422, a conflict with the journey 409, unknown
 * things 404, refusals 403, the database unreachable or full 503 ({@link DatabaseProblems}). Anything unexpected
 * is a 500 whose log line names the error but never the input (it may hold personal data).
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidRecordException.class)
    ResponseEntity<ProblemDetail> invalidRecord(InvalidRecordException e) {
        return refused(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid record", e, null);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), null);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        return refused(status, "Not allowed by the journey rules", e, e.rule());
    }

    /**
     * A refused record: the detail as ever, and for programs and pages what it is about ({@link Refusal}): the field
     * of the record (absent for the record as a whole), a stable code and the values the detail names.
     */
    private static ResponseEntity<ProblemDetail> refused(HttpStatus status, String title, Refusal refusal, String rule) {
        ProblemDetail problem = body(status, title, refusal.getMessage(), rule);
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        problem.setProperty("code", refusal.code());
        problem.setProperty("arguments", refusal.arguments());
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Changed at the same moment", "the journey was changed by another "
                + "request at the same moment; nothing was stored, send the record again", "concurrent-change");
    }

    /**
     * An import that stopped midway says how far it got, so the client can send the rest: the counts and first
     * errors of the lines decided, the last line stored and the line to send again from. 503 (with
     * {@code Retry-After}) when the database could not take the writes.
     */
    @ExceptionHandler(ImportInterruptedException.class)
    ResponseEntity<ProblemDetail> importInterrupted(ImportInterruptedException e) {
        HttpStatus status = HttpStatus.valueOf(e.reason().status);
        ProblemDetail problem = body(status, "Import interrupted", e.detail(), null);
        ImportResult soFar = e.soFar();
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("accepted", soFar.accepted());
        problem.setProperty("duplicates", soFar.duplicates());
        problem.setProperty("rejected", soFar.rejected());
        problem.setProperty("errors", soFar.errors());
        problem.setProperty("errorsOmitted", soFar.errorsOmitted());
        problem.setProperty("lastStoredLine", e.lastStoredLine());
        problem.setProperty("resendFromLine", e.resendFromLine());
        if (soFar.position() != null) {
            problem.setProperty("position", soFar.position());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return answer.body(problem);
    }

    @ExceptionHandler(se.finsam.journey.api.reports.ReportService.NotCaughtUpException.class)
    ResponseEntity<ProblemDetail> notCaughtUp(RuntimeException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Not caught up yet", e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", "parameter '" + e.getName() + "' has a value of the "
                + "wrong form", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
        if (trouble.isPresent()) {
            log.warn("Answered 503 for the database: {}", trouble.get());
            return DatabaseProblems.answer(trouble.get());
        }
        log.error("Unexpected {} while answering a request: {}", e.getClass().getName(), e.getMessage(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Something went wrong on our side; "
                + "nothing you sent was the cause. Try again, and tell the administrator if it happens again.", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = "the request body is not valid JSON";
        if (e.getCause() instanceof JsonParseException parse) {
            detail += " (" + JsonProblems.describe(parse) + ")";
        } else if (e.getCause() instanceof MismatchedInputException) {
            detail = "the request body is empty or not the JSON object expected";
        }
        return new ResponseEntity<>(body(HttpStatus.BAD_REQUEST, "Malformed JSON", detail, null), HttpStatus.BAD_REQUEST);
    }

    /** The answers of the framework's own handlers (415, 405, …) pass here. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(instanceWithoutPersonalData());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String rule) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, title, detail, rule));
    }

    private static ProblemDetail body(HttpStatus status, String title, String detail, String rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (rule != null) {
            problem.setProperty("rule", rule);
        }
        problem.setInstance(instanceWithoutPersonalData());
        return problem;
    }

    /**
     * Spring MVC sets a problem's {@code instance} to the request path when it is left empty; a path segment
     * shaped like a personal identity number (a journeyId sent by mistake) must not be echoed, so it is hidden.
     */
    private static URI instanceWithoutPersonalData() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        String path = attributes.getRequest().getRequestURI();
        String[] segments = path.split("/", -1);
        boolean hidden = false;
        for (int i = 0; i < segments.length; i++) {
            if (looksLikeIdentityNumber(segments[i])) {
                segments[i] = "(hidden)";
                hidden = true;
            }
        }
        return hidden ? URI.create(String.join("/", segments)) : null;
    }

    private static boolean looksLikeIdentityNumber(String segment) {
        try {
            return PersonalIdentityNumber.looksLikeOne(UriUtils.decode(segment, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return PersonalIdentityNumber.looksLikeOne(segment);
        }
    }
}
