package se.finsam.journey.ledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.finsam.journey.ledger.LedgerViolation;

/** How people and finance exports write amounts, and which of their ways are refused as meaning two things. */
class AmountsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} öre")
    @CsvSource(delimiter = '|', value = {
            "1 234 567|123456700",
            "1234567,50|123456750",
            "1 234 567 kr|123456700",
            "1\u00a0234\u00a0567,50 kr|123456750",
            "12,5|1250",
            "-2 500,00|-250000",
            "−419 000|-41900000",
            "500:-|50000",
            "0,07|7",
            "12225000.00|1222500000",
            "  761 SEK |76100"})
    void aWrittenAmountIsReadToTheÖre(String text, long ore) {
        assertThat(Amounts.parse("amount", text)).isEqualTo(ore);
    }

    @ParameterizedTest(name = "\"{0}\" is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "1,234|amount-ambiguous",
            "1.234|amount-ambiguous",
            "1.234.567|amount-ambiguous",
            "1,234.50|amount-ambiguous",
            "1 234,567|amount-too-precise",
            "1234,567|amount-too-precise",
            "12 34|amount-not-a-number",
            "1 23 456|amount-not-a-number",
            "tolv|amount-not-a-number",
            "12,|amount-not-a-number",
            ",50|amount-not-a-number",
            "10 000 000 000,01|amount-too-large",
            "99999999999999|amount-too-large"})
    void anAmountThatCouldMeanTwoThingsOrNothingIsRefused(String text, String code) {
        assertThatThrownBy(() -> Amounts.parse("amount", text)).isInstanceOfSatisfying(LedgerViolation.class,
                violation -> {
                    assertThat(violation.code()).isEqualTo(code);
                    assertThat(violation.field()).isEqualTo("amount");
                    assertThat(violation.kind()).isEqualTo(LedgerViolation.Kind.INVALID);
                });
    }

    @ParameterizedTest(name = "{0} öre is written \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "123456750|1\u00a0234\u00a0567,50",
            "-41900000|-419\u00a0000,00",
            "7|0,07",
            "0|0,00"})
    void anAmountIsWrittenTheSwedishWay(long ore, String text) {
        assertThat(Amounts.format(ore)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} kronor is {1} öre")
    @CsvSource({"1234567.5,123456750", "12225000,1222500000", "0.10,10"})
    void kronorAsANumberAreExact(String kronor, long ore) {
        assertThat(Amounts.ofKronor("amount", new BigDecimal(kronor))).isEqualTo(ore);
        assertThat(Amounts.kronor(ore)).isEqualByComparingTo(kronor);
    }

    @ParameterizedTest(name = "{0} kronor is refused")
    @CsvSource({"0.001", "10000000000.01"})
    void kronorFinerThanAnÖreOrTooManyAreRefused(String kronor) {
        assertThatThrownBy(() -> Amounts.ofKronor("amount", new BigDecimal(kronor)))
                .isInstanceOf(LedgerViolation.class);
    }
}
