package se.finsam.journey.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class SwedishNumbersProperties {

    /** Reads a written number back the way a Swedish reader does. */
    private static BigDecimal read(String written, Unit unit) {
        String digits = written.replace(" " + unit.symbol(), "").replace("\u00A0" + unit.symbol(), "")
                .replace("\u00A0", "").replace(',', '.').replace('\u2212', '-').replace("+", "");
        return new BigDecimal(digits);
    }

    @Property
    void aWrittenNumberReadsBackAsTheValueRoundedHalfUp(
            @ForAll @BigRange(min = "-1e12", max = "1e12") @Scale(4) BigDecimal value,
            @ForAll @IntRange(min = 0, max = 3) int decimals, @ForAll Unit unit) {
        String written = SwedishNumbers.format(value, unit, decimals, false, true);
        BigDecimal shown = value.divide(unit == Unit.THOUSAND_KRONOR ? BigDecimal.valueOf(1000) : BigDecimal.ONE)
                .setScale(decimals, RoundingMode.HALF_UP);
        assertThat(read(written, unit)).isEqualByComparingTo(shown);
        if (unit.symbol().isEmpty()) {
            assertThat(written).matches(".*\\d");
        } else {
            assertThat(written).endsWith("\u00A0" + unit.symbol());
        }
    }

    @Property
    void digitsComeInGroupsOfThreeFromTheRight(@ForAll long value) {
        String written = SwedishNumbers.format(BigDecimal.valueOf(value), Unit.COUNT);
        String unsigned = written.startsWith("\u2212") ? written.substring(1) : written;
        String[] groups = unsigned.split("\u00A0");
        assertThat(groups[0]).hasSizeBetween(1, 3).doesNotStartWith(groups.length > 1 ? "0" : "x");
        for (int i = 1; i < groups.length; i++) {
            assertThat(groups[i]).hasSize(3).containsOnlyDigits();
        }
        assertThat(written.startsWith("\u2212")).isEqualTo(value < 0);
    }
}
