package se.finsam.journey.ledger.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.finsam.journey.ledger.LedgerViolation;

/** A party by its key or by the Swedish name a finance export writes, always grouped under one key. */
class PartyTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "SOCIAL_INSURANCE_AGENCY|SOCIAL_INSURANCE_AGENCY",
            "Försäkringskassan|SOCIAL_INSURANCE_AGENCY",
            "region västmanland|REGION",
            "Region|REGION",
            "Samordningsförbundet|ASSOCIATION",
            "MUNICIPALITY:1982|MUNICIPALITY:1982",
            "Fagersta kommun|MUNICIPALITY:1982",
            "Kommun 2084|MUNICIPALITY:2084",
            "1980|MUNICIPALITY:1980",
            "Arbetsförmedlingen|EMPLOYMENT_SERVICE",
            "OTHER:ESF-rådet|OTHER:ESF-rådet"})
    void aPartyIsReadByItsKeyOrItsSwedishName(String text, String key) {
        assertThat(Party.parse("financingParty", text).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\" is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "Kommunen|party-unknown",
            "MUNICIPALITY:Fagersta|party-municipality-code",
            "OTHER:|party-name-missing",
            "REGION:Västmanland|party-unknown"})
    void aPartyThatNamesNobodyKnownIsRefused(String text, String code) {
        assertThatThrownBy(() -> Party.parse("financingParty", text)).isInstanceOfSatisfying(LedgerViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
    }
}
