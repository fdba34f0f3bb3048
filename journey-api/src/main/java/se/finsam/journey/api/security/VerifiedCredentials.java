package se.finsam.journey.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.finsam.journey.api.metrics.Caches;

/**
 * HTTP Basic sends the password with every request, and checking it against a deliberately slow hash (bcrypt)
 * each time would cost more than the request itself. A successful check is remembered for a few minutes as a
 * salted SHA-256 of user, password and stored hash (the salt is random per process): the same credentials
 * then pass without the slow hash, and a changed password (a new stored hash) never matches an old entry.
 * Failures are counted in {@link LoginAttempts}: too many, and the password is not even checked. A stored hash
 * weaker than today's setting is replaced at the next successful check. A user an administrator switched off is
 * refused with {@link DisabledException}, once the password matched.
 */
public class VerifiedCredentials implements AuthenticationProvider {

    /**
     * A check holds for five minutes after it was made: long enough that a client sending a request every few
     * seconds pays bcrypt a few times an hour, short enough that credentials seen once do not pass for a day.
     */
    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    /** Far more users than sign in within five minutes; past it, the checks used least lately go first. */
    private static final int MOST_ENTRIES = 10_000;

    private final UserDetailsService users;
    private final UserDetailsPasswordService rehashing;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final byte[] salt = new byte[32];
    private final Cache<String, Boolean> verified;
    /** Checked for unknown users too, so that answering does not reveal whether a user exists. */
    private final String unknownUserHash;

    public VerifiedCredentials(UserDetailsService users, UserDetailsPasswordService rehashing, PasswordEncoder passwords,
                               LoginAttempts attempts, Caches caches) {
        this.users = users;
        this.rehashing = rehashing;
        this.passwords = passwords;
        this.attempts = attempts;
        this.verified = caches.build("verified-credentials",
                Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(MOST_ENTRIES));
        new SecureRandom().nextBytes(salt);
        this.unknownUserHash = passwords.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        attempts.waitBefore(username, address).ifPresent(wait -> {
            throw new TooManyFailedSignIns(wait);
        });
        Caller caller;
        try {
            caller = (Caller) users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            passwords.matches(password, unknownUserHash);
            attempts.failed(username, address);
            throw new BadCredentialsException("bad credentials");
        }
        String key = key(username, password, caller.passwordHash());
        if (verified.getIfPresent(key) == null) {
            if (!passwords.matches(password, caller.passwordHash())) {
                attempts.failed(username, address);
                throw new BadCredentialsException("bad credentials");
            }
            if (passwords.upgradeEncoding(caller.passwordHash())) {
                caller = (Caller) rehashing.updatePassword(caller, passwords.encode(password));
                key = key(username, password, caller.passwordHash());
            }
            verified.put(key, Boolean.TRUE);
        }
        if (!caller.isEnabled()) {
            // Said only after the password matched: a guesser learns nothing about the account from it.
            throw new DisabledException("user switched off");
        }
        attempts.succeeded(username, address);
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String key(String username, String password, String storedHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            for (String part : new String[]{username, password, storedHash}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
