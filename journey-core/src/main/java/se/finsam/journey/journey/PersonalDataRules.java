package se.finsam.journey.journey;

import static se.finsam.journey.journey.RuleViolation.conflict;

import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.PersonalDataErased;

/**
 * The rules of {@link JourneyRules} about consent and erasure. Erasure destroys the journey's key, so it is
 * final: nothing personal can be recorded afterwards, and the record that erased cannot be retracted.
 */
final class PersonalDataRules {

    private PersonalDataRules() {
    }

    static void noPersonalDataAfterErasure(JourneyHistory history, JourneyEvent proposed) {
        history.personalDataErasure().filter(erasure -> proposed.carriesPersonalData()).ifPresent(erasure -> {
            throw conflict("personal-data-erased", "the personal data of journey '" + proposed.journeyId()
                    + "' was erased on " + erasure.date() + " (record '" + erasure.recordId() + "'): an identity "
                    + "number or name can no longer be recorded for it; send the " + proposed.type().described()
                    + " without them").with("date", erasure.date()).with("recordId", erasure.recordId());
        });
    }

    static void consentAllowed(JourneyHistory history) {
        history.personalDataErasure().ifPresent(erasure -> {
            throw conflict("consent-after-erasure", "the personal data of this journey was erased on "
                    + erasure.date() + " (record '" + erasure.recordId() + "') and cannot be recorded again, so a "
                    + "consent (samtycke) can no longer be recorded on it").with("date", erasure.date())
                    .with("recordId", erasure.recordId());
        });
    }

    static void consentWithdrawalAllowed(JourneyHistory history) {
        history.consentWithdrawal().ifPresent(earlier -> {
            throw conflict("consent-already-withdrawn", "consent was already withdrawn on " + earlier.date()
                    + " (record '" + earlier.recordId() + "'); the personal data is erased").with("date", earlier.date())
                    .with("recordId", earlier.recordId());
        });
    }

    static void erasureAllowed(JourneyHistory history, PersonalDataErased erasure) {
        history.personalDataErasure().ifPresent(earlier -> {
            throw conflict("personal-data-already-erased", "the personal data of journey '" + erasure.journeyId()
                    + "' was already erased on " + earlier.date() + " (record '" + earlier.recordId() + "')")
                    .with("date", earlier.date()).with("recordId", earlier.recordId());
        });
    }
}
