package se.finsam.journey.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.journey.JourneyTestData.CLOSURE;
import static se.finsam.journey.journey.JourneyTestData.ENROLMENT;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL_DATE;
import static se.finsam.journey.journey.JourneyTestData.retraction;
import static se.finsam.journey.journey.JourneyTestData.withdrawal;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.journey.journey.events.JourneyEvent;

/** Where a journey stands, decided from what its live records say. */
class JourneyStatusTest {

    private static JourneyStatus status(JourneyEvent... records) {
        return JourneyStatus.of(JourneyHistory.of(List.of(records)).current());
    }

    @Test
    void aReferralAloneIsWaiting() {
        assertThat(status(REFERRAL)).isEqualTo(JourneyStatus.WAITING);
    }

    @Test
    void anEnrolmentMakesItActiveAndAClosureClosed() {
        assertThat(status(REFERRAL, ENROLMENT)).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(status(REFERRAL, ENROLMENT, CLOSURE)).isEqualTo(JourneyStatus.CLOSED);
    }

    @Test
    void aWithdrawnReferralIsWithdrawnUntilTheWithdrawalIsRetracted() {
        JourneyEvent withdrawn = withdrawal("withdrawal-1", REFERRAL_DATE.plusDays(3));
        assertThat(status(REFERRAL, withdrawn)).isEqualTo(JourneyStatus.WITHDRAWN);
        assertThat(status(REFERRAL, withdrawn, retraction("retraction-1", "withdrawal-1")))
                .isEqualTo(JourneyStatus.WAITING);
    }

    @Test
    void retractingTheClosureReopensTheJourney() {
        assertThat(status(REFERRAL, ENROLMENT, CLOSURE, retraction("retraction-1", CLOSURE.recordId())))
                .isEqualTo(JourneyStatus.ACTIVE);
    }

    @Test
    void retractingTheReferralVoidsTheJourneyWhateverElseItHolds() {
        assertThat(status(REFERRAL, ENROLMENT, CLOSURE, retraction("retraction-1", REFERRAL.recordId())))
                .isEqualTo(JourneyStatus.VOID);
    }
}
