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

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Handläggare för 19811228-9874", "811228-9874", "8112289874", "198112289874",
            "811228+9874", "19811228 9874", "811228 9874", "811228 - 9874", "19 81 12 28 98 74",
            "1981 12 28-9874", "Tel 0701234567", "x19811228-9874x", "0000000000 19811228-9874",
            "811288-9874", "811228\u20139874", "811228\u00a09874", "samordningsnummer 811288-9874 (Lund)"})
    void freeTextHoldingTenOrTwelveDigitsThatStartWithADateHoldsAnIdentityNumber(String text) {
        assertThat(PersonalIdentityNumber.foundIn(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Socialtjänsten Sala", "Beslut 2024-01-10", "2024-01-10 - 2024-02-10",
            "2024-01-10-2024-02-10", "Beslut 2024-01-10 1234", "dnr 2024/1234", "Af 1980, rum 12", "12345",
            "811328-9874", "811200-9874", "81122-89874", "070-123 45 67", "1234567890", "", "tel. 021-123456"})
    void ordinaryFreeTextHoldsNoIdentityNumber(String text) {
        assertThat(PersonalIdentityNumber.foundIn(text)).isFalse();
    }
}
