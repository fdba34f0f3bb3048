package se.finsam.journey.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.finsam.journey.api.storage.DatabaseTrouble;

/**
 * A database failure outside the controllers, above all while signing in (every API request looks its user up), is
 * a 503 with {@code Retry-After} like one inside them ({@link ProblemAdvice}): problem+json for the API, and for the
 * pages the error page in the user's language ({@link ServletErrorAnswers}, told which heading to show). Without this
 * the servlet container's error handling answered Spring Boot's default JSON. Placed before Spring Security, so that
 * it sees what the sign-in throws.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectMapper json;

    public DatabaseUnavailableFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
            if (trouble.isEmpty() || response.isCommitted()) {
                throw e;
            }
            answer(request, response, trouble.get());
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, DatabaseTrouble trouble)
            throws IOException {
        log.warn("Answered 503 to {} {}: {}", request.getMethod(), request.getServletPath(), trouble);
        response.resetBuffer();
        String path = request.getServletPath();
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            DatabaseProblems.write(json, response, trouble);
        } else {
            response.setHeader("Retry-After", Long.toString(trouble.retryAfterSeconds()));
            // The error page says it in the user's language; the API's English detail is not shown there.
            request.setAttribute(ServletErrorAnswers.HEADING, trouble == DatabaseTrouble.DISK_FULL
                    ? "error.diskFull" : "error.unavailable");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
