package se.finsam.journey.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import se.finsam.journey.api.storage.DatabaseTrouble;

/** The one answer to a request that failed because of the database: 503, {@code Retry-After}, and why. */
final class DatabaseProblems {

    private DatabaseProblems() {
    }

    static ResponseEntity<ProblemDetail> answer(DatabaseTrouble trouble) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", Long.toString(trouble.retryAfterSeconds())).body(problem(trouble));
    }

    static void write(ObjectMapper json, HttpServletResponse response, DatabaseTrouble trouble) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Long.toString(trouble.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem(trouble));
    }

    private static ProblemDetail problem(DatabaseTrouble trouble) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, trouble.detail());
        problem.setType(URI.create("about:blank"));
        problem.setTitle(trouble == DatabaseTrouble.DISK_FULL ? "Database disk full" : "Database unavailable");
        return problem;
    }
}
