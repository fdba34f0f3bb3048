package se.finsam.journey.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.finsam.journey.api.metrics.Caches;

class VerifiedCredentialsTest {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final Map<String, Caller> users = new HashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Caches caches = new Caches(clock, new SimpleMeterRegistry());
    private final VerifiedCredentials credentials = new VerifiedCredentials(this::load, (user, newHash) -> {
        users.put(user.getUsername(), new Caller(user.getUsername(), newHash, Set.of(Role.STAFF), Set.of("fns")));
        return users.get(user.getUsername());
    }, counting, new LoginAttempts(3, 5, Duration.ofMinutes(5), clock, caches), caches);

    private Caller load(String username) {
        Caller caller = users.get(username);
        if (caller == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return caller;
    }

    @Test
    void theRightPasswordSignsInAndIsCheckedSlowlyOnlyOnce() {
        users.put("anna", caller("anna", "first-password"));
        slowChecks.set(0);

        Authentication first = credentials.authenticate(token("anna", "first-password"));
        Authentication second = credentials.authenticate(token("anna", "first-password"));

        assertThat(first.isAuthenticated()).isTrue();
        assertThat(((Caller) second.getPrincipal()).username()).isEqualTo("anna");
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedEvenAfterTheRightOneWasRemembered() {
        users.put("anna", caller("anna", "first-password"));
        credentials.authenticate(token("anna", "first-password"));

        assertThatThrownBy(() -> credentials.authenticate(token("anna", "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aChangedPasswordMakesTheRememberedOldOneUseless() {
        users.put("anna", caller("anna", "first-password"));
        credentials.authenticate(token("anna", "first-password"));
        users.put("anna", caller("anna", "second-password"));

        assertThatThrownBy(() -> credentials.authenticate(token("anna", "first-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(credentials.authenticate(token("anna", "second-password")).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() {
        assertThatThrownBy(() -> credentials.authenticate(token("nobody", "whatever")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("bad credentials");
    }

    @Test
    void afterTooManyWrongPasswordsFromAnAddressEvenTheRightOneIsRefusedThereWithoutBeingChecked() {
        users.put("anna", caller("anna", "first-password"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> credentials.authenticate(from("anna", "wrong-password", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        slowChecks.set(0);

        assertThatThrownBy(() -> credentials.authenticate(from("anna", "first-password", "10.0.0.1")))
                .isInstanceOf(TooManyFailedSignIns.class);
        assertThat(slowChecks).hasValue(0);
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotStopTheRightOneFromAnother() {
        users.put("anna", caller("anna", "first-password"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> credentials.authenticate(from("anna", "wrong-password", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(credentials.authenticate(from("anna", "first-password", "10.0.0.2")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> credentials.authenticate(from("anna", "first-password", "10.0.0.1")))
                .as("the success elsewhere cleared nothing at the guesser's address")
                .isInstanceOf(TooManyFailedSignIns.class);
    }

    @Test
    void signingInAgainIsAllowedOnceTheOldestFailureLeavesTheWindow() {
        users.put("anna", caller("anna", "first-password"));
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> credentials.authenticate(token("anna", "wrong-password")));
        }
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> credentials.authenticate(token("anna", "first-password")))
                .isInstanceOf(TooManyFailedSignIns.class)
                .satisfies(e -> assertThat(((TooManyFailedSignIns) e).retryAfterSeconds()).isEqualTo(60));

        clock.advance(Duration.ofMinutes(1));

        assertThat(credentials.authenticate(token("anna", "first-password")).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsTheUsersEarlierFailures() {
        users.put("anna", caller("anna", "first-password"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> credentials.authenticate(token("anna", "wrong-password")));
        }
        credentials.authenticate(token("anna", "first-password"));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> credentials.authenticate(token("anna", "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(credentials.authenticate(token("anna", "first-password")).isAuthenticated()).isTrue();
    }

    @Test
    void aHashWeakerThanTodaysIsReplacedAtTheNextSuccessfulSignIn() {
        PasswordEncoder cost12 = new SecurityConfiguration().passwordEncoder();
        VerifiedCredentials withTodaysEncoder = new VerifiedCredentials(this::load, (user, newHash) -> {
            users.put(user.getUsername(), new Caller(user.getUsername(), newHash, Set.of(Role.STAFF), Set.of("fns")));
            return users.get(user.getUsername());
        }, cost12, new LoginAttempts(3, 5, Duration.ofMinutes(5), clock, caches), caches);
        String cost10 = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("first-password");
        users.put("anna", new Caller("anna", cost10, Set.of(Role.STAFF), Set.of("fns")));

        assertThat(withTodaysEncoder.authenticate(token("anna", "first-password")).isAuthenticated()).isTrue();

        String rehashed = users.get("anna").passwordHash();
        assertThat(rehashed).startsWith("{bcrypt}$2a$12$");
        assertThat(cost12.matches("first-password", rehashed)).isTrue();
        assertThat(withTodaysEncoder.authenticate(token("anna", "first-password")).isAuthenticated()).isTrue();
    }

    private Caller caller(String username, String password) {
        return new Caller(username, bcrypt.encode(password), Set.of(Role.STAFF), Set.of("fns"));
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    /** A token as HTTP Basic builds it, with the client's address in its details. */
    private static UsernamePasswordAuthenticationToken from(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = token(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
