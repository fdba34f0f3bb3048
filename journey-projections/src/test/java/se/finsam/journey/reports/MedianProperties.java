package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** {@link Ratio#medianOfWhole} selects the middle instead of sorting: it must give the sorted middle, always. */
class MedianProperties {

    @Property(tries = 3000)
    void theMedianIsTheSortedMiddle(@ForAll @Size(max = 60) List<@LongRange(min = -5, max = 5) Long> fewDistinct,
                                    @ForAll @Size(max = 60) List<@LongRange(min = -100_000, max = 100_000) Long> spread) {
        for (List<Long> values : List.of(fewDistinct, spread)) {
            long[] array = values.stream().mapToLong(Long::longValue).toArray();
            long[] before = array.clone();
            assertThat(Ratio.medianOfWhole(array)).isEqualTo(sortedMiddle(array));
            assertThat(array).as("the values given are left as they were").isEqualTo(before);
        }
    }

    @Property(tries = 2000)
    void selectionPutsTheKthSmallestInItsPlace(@ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 9) Long> values,
                                                @ForAll @LongRange(min = 0, max = 39) long place) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        int k = (int) (place % array.length);
        long[] sorted = array.clone();
        Arrays.sort(sorted);
        assertThat(Ratio.select(array, k)).isEqualTo(sorted[k]);
        for (int i = 0; i < array.length; i++) {
            assertThat(i < k ? array[i] <= sorted[k] : array[i] >= sorted[k]).isTrue();
        }
    }

    private static Ratio sortedMiddle(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? Ratio.of(sorted[middle]) : Ratio.of(sorted[middle - 1] + sorted[middle], 2);
    }
}
