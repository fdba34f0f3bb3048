package se.finsam.journey.journey;

/**
 * Personal data in encrypted form. The domain never sees the plaintext: the service seals identity numbers
 * and names with the person's own key before they reach a command, so erasing the key erases them
 * everywhere while the events stay untouched.
 */
public record Sealed(String ciphertext) {
}
