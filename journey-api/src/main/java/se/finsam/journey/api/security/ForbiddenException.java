package se.finsam.journey.api.security;

/** The caller is known but lacks the role or the initiative for this. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message, null, false, false);
    }
}
