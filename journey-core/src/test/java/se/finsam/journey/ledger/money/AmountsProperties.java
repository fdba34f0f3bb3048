package se.finsam.journey.ledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import se.finsam.journey.ledger.LedgerViolation;

/** Amounts round-trip through text, whichever of the accepted ways they are written. */
class AmountsProperties {

    @Property
    void whatIsWrittenReadsBackToTheSameÖre(@ForAll @LongRange(min = -Amounts.MOST_ORE, max = Amounts.MOST_ORE) long ore) {
        assertThat(Amounts.parse("amount", Amounts.format(ore))).isEqualTo(ore);
    }

    @Property
    void kronorWrittenWithOrWithoutSpacesCommaOrCurrencyAreTheSame(
            @ForAll @LongRange(min = 0, max = 9_999_999_999L) long kronor, @ForAll @IntRange(min = 0, max = 99) int ore,
            @ForAll boolean grouped, @ForAll boolean point, @ForAll boolean withCurrency) {
        String whole = grouped ? String.format(java.util.Locale.ROOT, "%,d", kronor).replace(',', ' ') : Long.toString(kronor);
        String text = whole + (point ? "." : ",") + String.format(java.util.Locale.ROOT, "%02d", ore) + (withCurrency ? " kr" : "");
        assertThat(Amounts.parse("amount", text)).isEqualTo(kronor * 100 + ore);
    }

    @Property
    void oneDecimalIsTenÖre(@ForAll @LongRange(min = 0, max = 9_999_999L) long kronor, @ForAll @IntRange(min = 0, max = 9) int tenth) {
        assertThat(Amounts.parse("amount", kronor + "," + tenth)).isEqualTo(kronor * 100 + tenth * 10L);
    }

    @Property
    void threeDigitsAfterASingleSeparatorAreAlwaysRefusedAsAmbiguous(
            @ForAll @IntRange(min = 1, max = 999) int before, @ForAll @IntRange(min = 0, max = 999) int after,
            @ForAll boolean point) {
        String text = before + (point ? "." : ",") + String.format(java.util.Locale.ROOT, "%03d", after);
        assertThatThrownBy(() -> Amounts.parse("amount", text)).isInstanceOfSatisfying(LedgerViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("amount-ambiguous"));
    }
}
