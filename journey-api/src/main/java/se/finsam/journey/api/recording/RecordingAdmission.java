package se.finsam.journey.api.recording;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a fixed number of single-record requests work at a time; the others wait their turn in arrival order.
 * Each record is a short burst of CPU in the service and in PostgreSQL. With every Tomcat thread let in at once
 * (200 by default), 32 clients on two cores shared the CPU and the connection pool at random, and a record's
 * latency depended on how many others happened to run beside it. Queued in order, a record waits for those ahead
 * of it and then runs with few others: in {@code bench/run} at 32 clients the 99th percentile fell by about a
 * quarter at the same throughput (docs/benchmarks.md). Registered in front of security and Spring MVC
 * ({@code RecordingConfiguration}), so the whole request is admitted, not only its command. Imports, reports and
 * pages are not held back.
 */
public class RecordingAdmission extends OncePerRequestFilter {

    private static final Pattern SINGLE_RECORD = Pattern.compile("/api/v1/journeys/[^/]+/records/?");

    private final Semaphore turns;

    public RecordingAdmission(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("journey.recording.concurrency must be at least 1, was " + permits);
        }
        this.turns = new Semaphore(permits, true);
    }

    /** The default: four per core, at least eight, so that some records run while others wait on the database. */
    public static int defaultPermits(int cores) {
        return Math.max(8, 4 * cores);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !SINGLE_RECORD.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        turns.acquireUninterruptibly();
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
