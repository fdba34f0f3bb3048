package se.finsam.journey.api.persons;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table {@code person_pseudonym}: per journey, the keyed pseudonym of its identity number within its association.
 * Only the service's own lookups read it; erasure deletes a journey's row with its key ({@code PersonKeys}).
 */
@Repository
class PersonPseudonyms {

    private final JdbcTemplate jdbc;

    PersonPseudonyms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the pseudonym lookups of one association until the transaction ends, so that two journeys of one
     * person recorded at the same moment cannot each miss the other.
     */
    void lock(String association) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 15))", "person-pseudonyms:" + association);
    }

    /** Stores (or replaces) the journey's pseudonym. */
    void store(String journeyId, String association, byte[] pseudonym) {
        jdbc.update("INSERT INTO person_pseudonym (journey_id, association, pseudonym) VALUES (?, ?, ?) "
                + "ON CONFLICT (journey_id) DO UPDATE SET association = EXCLUDED.association, "
                + "pseudonym = EXCLUDED.pseudonym", journeyId, association, pseudonym);
    }

    /** Removes the journey's pseudonym (its identity number was taken away). */
    void forget(String journeyId) {
        jdbc.update("DELETE FROM person_pseudonym WHERE journey_id = ?", journeyId);
    }

    /** The other journeys of the association with the same pseudonym, the one stored first first. */
    List<String> othersWith(String association, byte[] pseudonym, String journeyId) {
        return jdbc.queryForList("SELECT journey_id FROM person_pseudonym WHERE association = ? AND pseudonym = ? "
                + "AND journey_id <> ? ORDER BY stored_order", String.class, association, pseudonym, journeyId);
    }

    /** Whether the journey has a pseudonym (for tests and checks; the pseudonym itself is never handed out). */
    boolean has(String journeyId) {
        return !jdbc.queryForList("SELECT 1 FROM person_pseudonym WHERE journey_id = ?", Integer.class, journeyId)
                .isEmpty();
    }
}
