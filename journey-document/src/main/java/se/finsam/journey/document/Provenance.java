package se.finsam.journey.document;

import java.time.Instant;

/**
 * Where the figures come from: journey's event store up to {@code position}, as it was known at {@code asOf} (null:
 * as known when the document was made). Printed on the title page so that a reader can ask journey for the same
 * figures again.
 */
public record Provenance(long position, Instant asOf) {

    public Provenance {
        if (position < 0) {
            throw new IllegalArgumentException("an event position is not negative: " + position);
        }
    }
}
