package se.finsam.journey.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RecordingAdmissionTests {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void noMoreSingleRecordsRunAtOnceThanThereArePermits() throws Exception {
        RecordingAdmission admission = new RecordingAdmission(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FilterChain work = (request, response) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(30);
            running.decrementAndGet();
        };
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String journey = "j" + i;
            requests.add(threads.submit(() -> {
                admission.doFilter(request("POST", "/api/v1/journeys/" + journey + "/records"),
                        new MockHttpServletResponse(), work);
                return null;
            }));
        }
        for (Future<?> request : requests) {
            request.get(10, TimeUnit.SECONDS);
        }

        assertThat(most.get()).as("records working at the same time").isEqualTo(2);
    }

    @Test
    void whileEveryPermitIsTakenOtherRequestsPassAndAnotherRecordWaitsItsTurn() throws Exception {
        RecordingAdmission admission = new RecordingAdmission(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> {
            admission.doFilter(request("POST", "/api/v1/journeys/j1/records"), new MockHttpServletResponse(),
                    (request, response) -> {
                        holding.countDown();
                        await(release);
                    });
            return null;
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        for (MockHttpServletRequest other : List.of(request("GET", "/api/v1/journeys/j1"),
                request("GET", "/api/v1/journeys/j1/records"), request("POST", "/api/v1/imports"),
                request("POST", "/api/v1/journeys/j1/records/r1/retraction"))) {
            threads.submit(() -> {
                admission.doFilter(other, new MockHttpServletResponse(), (request, response) -> { });
                return null;
            }).get(5, TimeUnit.SECONDS);
        }
        Future<?> second = threads.submit(() -> {
            admission.doFilter(request("POST", "/api/v1/journeys/j2/records"), new MockHttpServletResponse(),
                    (request, response) -> { });
            return null;
        });
        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theDefaultGivesEveryCoreFourAndNeverFewerThanEight() {
        assertThat(RecordingAdmission.defaultPermits(1)).isEqualTo(8);
        assertThat(RecordingAdmission.defaultPermits(2)).isEqualTo(8);
        assertThat(RecordingAdmission.defaultPermits(16)).isEqualTo(64);
        assertThatThrownBy(() -> new RecordingAdmission(0)).hasMessageContaining("at least 1");
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
