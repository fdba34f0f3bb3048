package se.finsam.journey.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumberTest {

    private static final String VALID = "198112189876";

    @Test
    void numberWithAValidDateAndCheckDigitIsValid() {
        assertThat(PersonalIdentityNumber.problemWith(VALID)).isNull();
    }

    @Test
    void numberWithAnotherLastDigitHasAWrongCheckDigit() {
        assertThat(PersonalIdentityNumber.problemWith("198112189875")).contains("wrong check digit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"198113189876", "198102309876", "198112009876", "198112609876"})
    void numberWithoutAValidDateOfBirthIsInvalid(String number) {
        assertThat(PersonalIdentityNumber.problemWith(number)).contains("valid date of birth");
    }

    @Test
    void coordinationNumberWithTheDayPlusSixtyIsValid() {
        assertThat(PersonalIdentityNumber.problemWith("198112789873")).isNull();
    }

    @Test
    void coordinationNumberWithAWrongCheckDigitIsInvalid() {
        assertThat(PersonalIdentityNumber.problemWith("198112789876")).contains("wrong check digit");
    }

    @Test
    void coordinationNumberWithoutAValidDayIsInvalid() {
        assertThat(PersonalIdentityNumber.problemWith("198112929876")).contains("valid date of birth");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"8112189876", "19811218-9876", "1981121898760", "19811218987x", ""})
    void anythingButTwelveDigitsIsInvalid(String text) {
        assertThat(PersonalIdentityNumber.problemWith(text)).contains("must be 12 digits");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"811218-9876", "811218+9876", "8112189876", "19811218-9876", VALID})
    void textShapedLikeAnIdentityNumberLooksLikeOne(String text) {
        assertThat(PersonalIdentityNumber.looksLikeOne(text)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sala-0001", "vasteras-2026-017", "81121-89876", "12345"})
    void ordinaryIdsDoNotLookLikeOne(String text) {
        assertThat(PersonalIdentityNumber.looksLikeOne(text)).isFalse();
    }
}
