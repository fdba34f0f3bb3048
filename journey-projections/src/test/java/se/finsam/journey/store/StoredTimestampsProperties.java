package se.finsam.journey.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.common.DateTimeUtils;

/** {@link StoredTimestamps} reads a stored timestamp as Axon's own parser does, whatever the instant or its form. */
class StoredTimestampsProperties {

    @Property(tries = 5000)
    void anInstantAxonWroteIsReadAsAxonReadsIt(@ForAll("instants") Instant instant) {
        String stored = DateTimeUtils.formatInstant(instant);
        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @Property(tries = 2000)
    void everyFractionLengthIsReadAsAxonReadsIt(@ForAll("instants") Instant instant,
                                                 @ForAll("fractionDigits") int digits) {
        String whole = DateTimeUtils.formatInstant(instant).substring(0, 19);
        String fraction = String.format("%09d", instant.getNano()).substring(0, digits);
        String stored = whole + (digits == 0 ? "" : "." + fraction) + "Z";
        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @Example
    void anotherFormIsLeftToAxonsParser() {
        for (String other : new String[]{"2026-12-06T12:11:41.859+01:00", "2026-12-06T11:11Z"}) {
            assertThat(StoredTimestamps.parse(other)).as(other).isEqualTo(DateTimeUtils.parseInstant(other));
        }
        for (String refused : new String[]{"2026-12-06T11:11:41.1234567891Z", "2026-02-30T11:11:41.859Z"}) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(refused)).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> StoredTimestamps.parse(refused)).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2199-12-31T23:59:59Z").getEpochSecond())
                .flatMap(second -> Arbitraries.integers().between(0, 999_999_999)
                        .map(nano -> Instant.ofEpochSecond(second, nano)));
    }

    @Provide
    Arbitrary<Integer> fractionDigits() {
        return Arbitraries.integers().between(0, 9);
    }
}
