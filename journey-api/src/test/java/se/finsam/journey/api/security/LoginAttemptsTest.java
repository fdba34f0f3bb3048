package se.finsam.journey.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.finsam.journey.api.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.finsam.journey.api.metrics.Caches;

/** Failed sign-ins counted per user name from one address, and per address, in a sliding window. */
class LoginAttemptsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Caches caches = new Caches(clock, new SimpleMeterRegistry());
    private final LoginAttempts attempts = new LoginAttempts(5, 8, Duration.ofMinutes(5), clock, caches);

    @Test
    void fourFailuresOfOneUserStillLetItTryAndTheFifthStopsItAtThatAddressOnly() {
        failures("anna", "10.0.0.1", 4);
        assertThat(attempts.waitBefore("anna", "10.0.0.1")).isEmpty();

        failures("anna", "10.0.0.1", 1);

        assertThat(attempts.waitBefore("anna", "10.0.0.1")).contains(Duration.ofMinutes(5));
        assertThat(attempts.waitBefore("anna", "10.9.9.9")).as("the same user at another address").isEmpty();
        assertThat(attempts.waitBefore("bo", "10.0.0.1")).as("another user at that address").isEmpty();
    }

    @Test
    void aGuesserAtOneAddressNeverStopsTheRealUserAtAnother() {
        for (int round = 0; round < 10; round++) {
            failures("admin", "203.0.113.66", 5);
            assertThat(attempts.waitBefore("admin", "10.0.0.1")).as("round " + round).isEmpty();
            attempts.succeeded("admin", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void theRealUsersSuccessElsewhereDoesNotClearTheGuessersFailures() {
        for (int i = 0; i < 5; i++) {
            failures("admin", "203.0.113.66", 1);
            attempts.succeeded("admin", "10.0.0.1");
        }

        assertThat(attempts.waitBefore("admin", "203.0.113.66")).as("the interleaving guesser").isPresent();
        assertThat(attempts.waitBefore("admin", "10.0.0.1")).as("the real user").isEmpty();
    }

    @Test
    void failuresForManyUserNamesFromOneAddressStopThatAddress() {
        for (int i = 0; i < 8; i++) {
            failures("guess-" + i, "203.0.113.7", 1);
        }

        assertThat(attempts.waitBefore("anna", "203.0.113.7")).isPresent();
        assertThat(attempts.waitBefore("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void theWaitEndsWhenTheOldestFailureThatCountsLeavesTheWindow() {
        failures("anna", "10.0.0.1", 1);
        clock.advance(Duration.ofMinutes(3));
        failures("anna", "10.0.0.1", 4);

        assertThat(attempts.waitBefore("anna", "10.0.0.1")).contains(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempts.waitBefore("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheUsersFailuresAtThatAddressButNotTheAddresss() {
        failures("anna", "10.0.0.1", 4);
        failures("bo", "10.0.0.1", 3);

        attempts.succeeded("anna", "10.0.0.1");
        failures("anna", "10.0.0.1", 1);

        assertThat(attempts.waitBefore("anna", "10.0.0.2")).isEmpty();
        assertThat(attempts.waitBefore("anna", "10.0.0.1")).as("8 failures from 10.0.0.1").isPresent();
    }

    @Test
    void anUnknownAddressCountsAsOneAddressOfItsOwn() {
        failures("anna", null, 5);

        assertThat(attempts.waitBefore("anna", null)).isPresent();
        assertThat(attempts.waitBefore("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void aRefusalSaysHowLongToWaitInEnglishAndSwedish() {
        TooManyFailedSignIns refusal = new TooManyFailedSignIns(Duration.ofSeconds(241).plusMillis(1));

        assertThat(refusal.retryAfterSeconds()).isEqualTo(242);
        assertThat(refusal.detail()).contains("from this address", "wait 5 minutes", "från den här adressen",
                "vänta 5 minuter");
    }

    private void failures(String username, String address, int count) {
        for (int i = 0; i < count; i++) {
            attempts.failed(username, address);
        }
    }
}
