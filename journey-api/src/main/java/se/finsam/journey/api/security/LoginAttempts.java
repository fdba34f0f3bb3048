package se.finsam.journey.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-ins per user name and per client address within a sliding window. Once either has had its most
 * failures, sign-ins for that user name, or from that address, are refused until the oldest failure leaves the
 * window, without checking the password: guessing costs the guesser time, not the service bcrypt work.
 * Kept in memory: each node counts for itself, and a restart forgets.
 */
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final int MOST_KEYS = 100_000;

    private final int mostFailuresPerUser;
    private final int mostFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginAttempts(int mostFailuresPerUser, int mostFailuresPerAddress, Duration window, Clock clock) {
        this.mostFailuresPerUser = mostFailuresPerUser;
        this.mostFailuresPerAddress = mostFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long this user name, or this address, must wait before it may sign in again; empty when it may now. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(userKey(username), mostFailuresPerUser, now),
                address == null ? Duration.ZERO : waitFor(addressKey(address), mostFailuresPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MOST_KEYS) {
            forgetExpired(now);
        }
        if (add(userKey(username), mostFailuresPerUser, now)) {
            // Not the user name itself: people type their identity number into it by mistake.
            log.warn("Sign-ins for one user name refused for {} s after {} failures", window.toSeconds(),
                    mostFailuresPerUser);
        }
        if (address != null && add(addressKey(address), mostFailuresPerAddress, now)) {
            log.warn("Sign-ins from {} refused for {} s after {} failures", address, window.toSeconds(),
                    mostFailuresPerAddress);
        }
    }

    /** A user who signs in forgets their own failures; their address does not (it may be an attacker's too). */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** Adds a failure; says whether it is the one that reaches the limit. */
    private boolean add(String key, int most, Instant now) {
        int[] count = new int[1];
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            dropExpired(kept, now);
            kept.addLast(now);
            count[0] = kept.size();
            return kept;
        });
        return count[0] == most;
    }

    private Duration waitFor(String key, int most, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, times) -> {
            dropExpired(times, now);
            if (times.size() >= most) {
                Instant freed = times.stream().skip(times.size() - most).findFirst().orElseThrow().plus(window);
                wait[0] = Duration.between(now, freed);
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0].isNegative() ? Duration.ZERO : wait[0];
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }

    private void forgetExpired(Instant now) {
        failures.replaceAll((key, times) -> {
            dropExpired(times, now);
            return times;
        });
        failures.values().removeIf(Deque::isEmpty);
        if (failures.size() >= MOST_KEYS) {
            log.warn("More than {} user names and addresses with failed sign-ins at once; forgetting them", MOST_KEYS);
            failures.clear();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user " + username;
    }

    private static String addressKey(String address) {
        return "address " + address;
    }
}
