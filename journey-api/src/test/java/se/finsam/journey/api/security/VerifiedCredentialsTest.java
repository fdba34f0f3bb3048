package se.finsam.journey.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.journey.api.organisation.Role;

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
    private final VerifiedCredentials credentials = new VerifiedCredentials(username -> {
        Caller caller = users.get(username);
        if (caller == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return caller;
    }, counting, Clock.systemUTC());

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

    private Caller caller(String username, String password) {
        return new Caller(username, bcrypt.encode(password), Set.of(Role.STAFF), Set.of("fns"));
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
