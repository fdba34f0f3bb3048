package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * Replay is deterministic: the journey-facts projection refolds a journey whenever a batch touches it, so the
 * state must depend on the records alone, not on how often, or in how many steps, they were folded.
 */
class ReplayOrderProperties {

    @Property(tries = 200)
    void foldingTheSameRecordsTwiceGivesTheSameJourney(@ForAll("journeys") List<JourneyEvent> records) {
        assertThat(JourneyHistory.of(records).current()).isEqualTo(JourneyHistory.of(List.copyOf(records)).current());
    }

    @Property(tries = 200)
    void aHistoryBuiltOneRecordAtATimeFoldsLikeTheWholeHistory(@ForAll("journeys") List<JourneyEvent> records) {
        JourneyHistory incremental = new JourneyHistory();
        records.forEach(incremental::add);

        assertThat(incremental.current()).isEqualTo(JourneyHistory.of(records).current());
        assertThat(incremental.events()).isEqualTo(records);
    }

    @Property(tries = 200)
    void foldingAPrefixFirstChangesNothingOnceTheWholeHistoryIsFolded(
            @ForAll("journeys") List<JourneyEvent> records, @ForAll @IntRange(max = 40) int cut) {
        List<JourneyEvent> prefix = records.subList(0, Math.min(cut, records.size()));
        CurrentJourney whole = JourneyHistory.of(records).current();

        // As the projection does on redelivery: the prefix's row is written, then replaced by a fold of the whole.
        JourneyHistory.of(prefix).current();
        assertThat(JourneyHistory.of(records).current()).isEqualTo(whole);

        // As the aggregate does when it resumes: records after the prefix are added to the prefix's history.
        JourneyHistory resumed = JourneyHistory.of(prefix);
        resumed.current();
        records.subList(prefix.size(), records.size()).forEach(resumed::add);
        assertThat(resumed.current()).isEqualTo(whole);
    }

    @Provide
    Arbitrary<List<JourneyEvent>> journeys() {
        return Arbitraries.longs().map(seed -> JourneyScript.journey(seed, "j-" + Math.floorMod(seed, 100),
                List.of("fns", "sala").get(Math.floorMod(seed, 2)), RawHistories.EARLIEST, JourneyScript.TODAY, false));
    }
}
