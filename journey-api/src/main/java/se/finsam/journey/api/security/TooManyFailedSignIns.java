package se.finsam.journey.api.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without checking the password: too many failures from the client's address, for this user name
 * or for any.
 */
public class TooManyFailedSignIns extends AuthenticationException {

    private final Duration wait;

    public TooManyFailedSignIns(Duration wait) {
        super("too many failed sign-ins");
        this.wait = wait;
    }

    /** Whole seconds until a sign-in may be tried again, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** What the person signing in reads, in English and Swedish. */
    public String detail() {
        long minutes = (retryAfterSeconds() + 59) / 60;
        return "Too many failed sign-ins from this address: wait " + minutes
                + (minutes == 1 ? " minute" : " minutes") + " before trying again. För många misslyckade "
                + "inloggningar från den här adressen: vänta " + minutes
                + (minutes == 1 ? " minut" : " minuter") + " innan du försöker igen.";
    }
}
