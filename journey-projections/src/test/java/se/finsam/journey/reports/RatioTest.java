package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void roundsHalfUpToOneDecimalFromTheExactValue() {
        assertThat(Ratio.of(500, 16).toTenths()).isEqualByComparingTo("31.3");
        assertThat(Ratio.of(1, 20).toTenths()).isEqualTo(new BigDecimal("0.1"));
        assertThat(Ratio.of(2, 3).toTenths()).isEqualTo(new BigDecimal("0.7"));
        assertThat(Ratio.of(3).toTenths()).isEqualTo(new BigDecimal("3.0"));
    }

    @Test
    void roundsNegativeTiesAwayFromZeroAsPythonsRoundHalfUpDoes() {
        assertThat(Ratio.of(-1, 4).toTenths()).isEqualTo(new BigDecimal("-0.3"));
        assertThat(Ratio.of(-1, 20).toTenths()).isEqualTo(new BigDecimal("-0.1"));
    }

    @Test
    void staysExactThroughArithmetic() {
        assertThat(Ratio.of(1, 3).plus(Ratio.of(1, 6))).isEqualTo(Ratio.of(1, 2));
        assertThat(Ratio.of(1, 3).minus(Ratio.of(1, 2))).isEqualTo(Ratio.of(-1, 6));
        assertThat(Ratio.of(new BigDecimal("3.25"))).isEqualTo(Ratio.of(13, 4));
        assertThat(Ratio.of(new BigDecimal("1E+2"))).isEqualTo(Ratio.of(100));
    }

    @Test
    void meanAndMedianOverNobodyAreNull() {
        assertThat(Ratio.meanOf(List.of())).isNull();
        assertThat(Ratio.medianOf(List.of())).isNull();
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(Ratio.medianOf(List.of(Ratio.of(9), Ratio.of(1), Ratio.of(4)))).isEqualTo(Ratio.of(4));
        assertThat(Ratio.medianOf(List.of(Ratio.of(9), Ratio.of(1), Ratio.of(4), Ratio.of(2)))).isEqualTo(Ratio.of(3));
    }
}
