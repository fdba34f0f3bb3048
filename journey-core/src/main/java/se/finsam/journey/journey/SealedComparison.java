package se.finsam.journey.journey;

import java.util.Objects;

/**
 * Whether two sealed values of one journey hold the same plaintext. Sealing is deterministic under one key, so
 * equal texts usually decide it; but a journey sealed under an earlier key format seals the same value anew to a
 * different text, and only the service, which holds the keys, can open both and compare what they say.
 */
@FunctionalInterface
public interface SealedComparison {

    /** Equal sealed texts: all the domain can tell without the keys. */
    SealedComparison BY_SEALED_TEXT = (journeyId, stored, proposed) -> Objects.equals(stored, proposed);

    boolean same(String journeyId, Sealed stored, Sealed proposed);
}
