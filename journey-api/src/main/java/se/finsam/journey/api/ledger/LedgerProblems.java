package se.finsam.journey.api.ledger;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.finsam.journey.ledger.LedgerViolation;

/**
 * A refused ledger record as problem+json: 422 for a record wrong on its own, 409 for one that conflicts with the
 * ledger, with the {@code field} it concerns, the stable {@code code} (also as {@code rule}, as journey refusals name
 * theirs) and the code's {@code arguments}, so that a client can translate the refusal and put it beside its field.
 * Every other failure is answered by the service's one advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerProblems {

    @ExceptionHandler(LedgerViolation.class)
    ResponseEntity<ProblemDetail> refused(LedgerViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, violation.getMessage());
        problem.setTitle("Not allowed by the ledger's rules");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("code", violation.code());
        problem.setProperty("rule", violation.code());
        if (violation.field() != null) {
            problem.setProperty("field", violation.field());
        }
        problem.setProperty("arguments", violation.arguments());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
