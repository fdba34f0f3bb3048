package se.finsam.journey.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.finsam.journey.persons.PersonLinkEvent;
import se.finsam.journey.persons.PersonLinks;

/**
 * Reads an association's person links from {@code domainevententry} as they stood at a global position (and as
 * recorded by an instant), through the one reader of stored events: the links a persons report counts, its manifest
 * and its verification all come from here, so a count recomputed later at the same position is the same.
 */
public class PersonLinkEventTable {

    /** The aggregate type stored with every event of an association's link stream. */
    public static final String PERSON_LINKS_AGGREGATE = "PersonLinks";

    private final JourneyEventTable events;

    public PersonLinkEventTable(JourneyEventTable events) {
        this.events = events;
    }

    /** One stored link record with where it was stored and the hash of its immutable content. */
    public record StoredLinkRecord(PersonLinkEvent record, long position, Instant recordedAt, byte[] contentHash) {
    }

    /** Every stored record of the association's link stream up to {@code maxPosition} (and recorded by {@code asOf}). */
    public List<StoredLinkRecord> stored(String association, long maxPosition, Instant asOf) {
        List<StoredLinkRecord> records = new ArrayList<>();
        events.reader().forEachAggregate(PERSON_LINKS_AGGREGATE, Set.of(PersonLinks.streamOf(association)),
                maxPosition, asOf, (id, stored) -> {
                    for (StoredEvent event : stored) {
                        records.add(new StoredLinkRecord((PersonLinkEvent) event.payload(), event.position(),
                                event.recordedAt(), event.contentHash()));
                    }
                });
        return records;
    }

    /** The association's links as they stood at {@code maxPosition} (and {@code asOf}). */
    public PersonLinks links(String association, long maxPosition, Instant asOf) {
        return PersonLinks.of(stored(association, maxPosition, asOf).stream().map(StoredLinkRecord::record).toList());
    }
}
