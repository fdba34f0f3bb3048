package se.finsam.journey.document;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.document.Swedish.nb;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SwedishNumbersTests {

    @Test
    void countsGroupThousandsWithANoBreakSpace() {
        assertThat(Cell.count(7).text()).isEqualTo("7");
        assertThat(Cell.count(263).text()).isEqualTo("263");
        assertThat(Cell.count(1234).text()).isEqualTo("1\u00A0234");
        assertThat(Cell.count(1_234_567).text()).isEqualTo(nb("1 234 567"));
    }

    @Test
    void sharesHaveADecimalCommaAndASpaceBeforeThePercentSign() {
        assertThat(Cell.percent(31.25).text()).isEqualTo("31,3\u00A0%");
        assertThat(Cell.percent(35.4).text()).isEqualTo(nb("35,4 %"));
        assertThat(Cell.percent(100).text()).isEqualTo(nb("100,0 %"));
        assertThat(Cell.percent(66.6667).withDecimals(0).text()).isEqualTo(nb("67 %"));
    }

    @Test
    void amountsAreWholeKronorOrThousandsOfKronorRoundedHalfUp() {
        assertThat(Cell.kronor(1_234_567).text()).isEqualTo(nb("1 234 567 kr"));
        assertThat(Cell.kronor(new BigDecimal("1234.50")).text()).isEqualTo(nb("1 235 kr"));
        assertThat(Cell.thousandKronor(12_225_000).text()).isEqualTo(nb("12 225 tkr"));
        assertThat(Cell.thousandKronor(11_246_500).text()).isEqualTo(nb("11 247 tkr"));
        assertThat(Cell.thousandKronor(11_246_499).text()).isEqualTo(nb("11 246 tkr"));
        assertThat(Cell.kronor(1_640_000).withoutUnit().text()).isEqualTo(nb("1 640 000"));
    }

    @Test
    void negativeNumbersHaveAMinusSignAndChangesAPlus() {
        assertThat(Cell.kronor(-419_000).text()).isEqualTo(nb("−419 000 kr"));
        assertThat(Cell.count(3).asChange().text()).isEqualTo("+3");
        assertThat(Cell.count(-3).asChange().text()).isEqualTo("−3");
        assertThat(Cell.count(0).asChange().text()).isEqualTo("0");
        assertThat(Cell.percentagePoints(new BigDecimal("4.25")).asChange().text()).isEqualTo(nb("+4,3 p.e."));
        // a change that rounds to nothing gets no sign
        assertThat(Cell.percentagePoints(new BigDecimal("-0.04")).asChange().text()).isEqualTo(nb("0,0 p.e."));
    }

    @Test
    void durationsAndOtherNumbersCarryTheirUnitsAndDecimals() {
        assertThat(Cell.months(23.3).text()).isEqualTo(nb("23,3 mån"));
        assertThat(Cell.years(5.6).text()).isEqualTo(nb("5,6 år"));
        assertThat(Cell.decimal(new BigDecimal("0.05"), 2).text()).isEqualTo("0,05");
        assertThat(Cell.decimal(new BigDecimal("3.165"), 2).text()).isEqualTo("3,17");
    }

    @Test
    void emptyAndHiddenCellsHaveTheirSigns() {
        assertThat(Cell.empty().text()).isEqualTo("–");
        assertThat(Cell.suppressed().text()).isEqualTo("·");
    }
}
