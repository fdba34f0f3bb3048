package se.finsam.journey.api.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.finsam.journey.api.metrics.Caches;

/**
 * Failed sign-ins per user name <em>from one client address</em>, and per client address, within a sliding window.
 * Once a user name has had its most failures from an address, sign-ins for that user name from that address are
 * refused until the oldest of them leaves the window; once an address has had its most failures (for any user
 * names), every sign-in from it is refused the same way. The password is then not even checked: guessing costs
 * the guesser time, not the service bcrypt work.
 *
 * <p>Nothing is counted per user name alone: that would let anyone, anywhere, lock any account (the real user's
 * included) by typing wrong passwords for it. A guesser is stopped at its own address, and the real user at
 * another one signs in as usual. A success forgets only the failures of that user name from that address: never
 * another address's, and never the address's own count, which may hold a guesser's failures too.
 *
 * <p>Kept in memory: each node counts for itself, and a restart forgets.
 */
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    /** A few megabytes; a flood of addresses beyond it pushes out the keys that failed least lately first. */
    private static final int MOST_KEYS = 100_000;

    private final int mostFailuresPerUser;
    private final int mostFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    /**
     * Per key, the times of its failures within the window. A key without a failure for a whole window holds
     * none that counts, so it goes then.
     */
    private final Map<String, Deque<Instant>> failures;

    public LoginAttempts(int mostFailuresPerUser, int mostFailuresPerAddress, Duration window, Clock clock,
                         Caches caches) {
        this.mostFailuresPerUser = mostFailuresPerUser;
        this.mostFailuresPerAddress = mostFailuresPerAddress;
        this.window = window;
        this.clock = clock;
        this.failures = caches.<String, Deque<Instant>>build("sign-in-failures",
                Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MOST_KEYS)).asMap();
    }

    /**
     * How long this user name must wait before it may sign in again from this address (because of its own failures
     * there, or the address's); empty when it may now. A null address (unknown) counts as one address of its own.
     */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(userKey(username, address), mostFailuresPerUser, now),
                waitFor(addressKey(address), mostFailuresPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (add(userKey(username, address), mostFailuresPerUser, now)) {
            // Not the user name itself: people type their identity number into it by mistake.
            log.warn("Sign-ins for one user name from {} refused for {} s after {} failures", address,
                    window.toSeconds(), mostFailuresPerUser);
        }
        if (add(addressKey(address), mostFailuresPerAddress, now)) {
            log.warn("Sign-ins from {} refused for {} s after {} failures", address, window.toSeconds(),
                    mostFailuresPerAddress);
        }
    }

    /**
     * A user who signs in forgets their own failures from that address only: another address's failures for the
     * same user name may be a guesser's, and so may the address's own count.
     */
    public void succeeded(String username, String address) {
        failures.remove(userKey(username, address));
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

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The address, then the user name: a user name may hold any character, an address no space. */
    private static String userKey(String username, String address) {
        return "user " + address + " " + username;
    }

    private static String addressKey(String address) {
        return "address " + address;
    }
}
