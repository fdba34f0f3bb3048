package se.finsam.journey.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The answer of Tomcat itself to what never reaches the application: a path with an encoded {@code /} or a NUL byte,
 * a request line or headers beyond 8 KB, and the like. Tomcat's own report is an HTML page naming the server;
 * under the API's paths this writes problem+json instead, elsewhere a plain page in Swedish and English. It takes the
 * place of Tomcat's {@link ErrorReportValve} in the host's pipeline ({@link WebConfiguration}).
 */
public class TomcatErrorReports extends ErrorReportValve {

    private final ObjectMapper json;

    public TomcatErrorReports(ObjectMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** As Tomcat's own report: only for an error not yet answered, and only while the client can still read. */
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(code);
        try {
            boolean api = ServletErrorAnswers.isApi(request.getRequestURI());
            String body = api ? problem(status) : page(status);
            response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the answer had begun after all: there is nobody left to tell.
        }
    }

    private String problem(HttpStatus status) throws JsonProcessingException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ServletErrorAnswers.detailFor(status));
        problem.setType(URI.create("about:blank"));
        return json.writeValueAsString(problem);
    }

    private static String page(HttpStatus status) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + status.value()
                + " – journey</title></head><body><main><h1>Begäran kunde inte läsas (" + status.value() + ")</h1>"
                + "<p lang=\"en\">The request could not be read (" + status.value() + ").</p>"
                + "<p><a href=\"/app\">Till startsidan</a></p></main></body></html>";
    }
}
