package se.finsam.journey.api.web;

/** A request whose parameters are wrong, said in the user's terms. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message, null, false, false);
    }
}
