package se.finsam.journey.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters (query string or form) hold a control character other than tab and line
 * breaks, with 400 and a message that says so. No field of this service takes one, and PostgreSQL cannot store a
 * NUL byte at all: a NUL in {@code association=}, {@code user=} or a form field reached a query and answered 500.
 * Runs after the security filters, so that the answer carries the same headers as every other.
 */
public class ControlCharacterParameters extends OncePerRequestFilter {

    static final String REFUSED = "a parameter holds a control character (such as a NUL byte); no field of this "
            + "service takes one: send printable text only";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (holdsControlCharacter(parameter.getKey()) || anyHolds(parameter.getValue())) {
                request.setAttribute(ServletErrorAnswers.DETAIL, REFUSED);
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean anyHolds(String[] values) {
        for (String value : values) {
            if (holdsControlCharacter(value)) {
                return true;
            }
        }
        return false;
    }

    /** Tab, line feed and carriage return are text (a form's text area sends them); the other C0 codes and DEL not. */
    public static boolean holdsControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
