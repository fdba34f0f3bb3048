package se.finsam.journey.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.statistics.Statistics;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;

/**
 * How many journeys of a generated history went through each kind of correction, collected as jqwik statistics
 * and checked for coverage, so that a generator which stopped producing corrections cannot pass unnoticed.
 */
final class Corrections {

    static final String VOIDED = "referral retracted (journey void)";
    static final String CLOSURE_RECORDED_AGAIN = "closure retracted and another recorded";
    static final String CLOSURE_REOPENED = "closure retracted";
    static final String PROFILE_UPDATE_RETRACTED = "profile update retracted";
    static final String ASSESSMENT_RETRACTED = "assessment retracted";
    static final String ENROLLED_AFTER_WITHDRAWAL = "withdrawal retracted, then enrolled";
    static final String ENROLMENT_RETRACTED = "enrolment retracted";

    private Corrections() {
    }

    /** Journeys per kind of correction in the records. */
    static Map<String, Integer> in(List<JourneyEvent> records) {
        Map<String, Integer> journeys = new LinkedHashMap<>();
        RawHistories.byJourney(records).values().forEach(journey -> {
            for (int i = 0; i < journey.size(); i++) {
                if (journey.get(i) instanceof RecordRetracted retraction) {
                    JourneyEvent target = journey.stream().filter(e -> e.recordId().equals(retraction.retracts()))
                            .findFirst().orElseThrow();
                    String kind = kind(target, journey.subList(i + 1, journey.size()));
                    if (kind != null) {
                        journeys.merge(kind, 1, Integer::sum);
                    }
                }
            }
        });
        return journeys;
    }

    /** The kind of correction a retraction of {@code target} is, given the records that followed it. */
    private static String kind(JourneyEvent target, List<JourneyEvent> after) {
        if (target instanceof ParticipantReferred) {
            return VOIDED;
        }
        if (target instanceof JourneyClosed) {
            return after.stream().anyMatch(JourneyClosed.class::isInstance) ? CLOSURE_RECORDED_AGAIN : CLOSURE_REOPENED;
        }
        if (target instanceof ReferralWithdrawn) {
            return after.stream().anyMatch(ParticipantEnrolled.class::isInstance) ? ENROLLED_AFTER_WITHDRAWAL : null;
        }
        return target instanceof ProfileUpdated ? PROFILE_UPDATE_RETRACTED
                : target instanceof AssessmentRecorded ? ASSESSMENT_RETRACTED
                : target instanceof ParticipantEnrolled ? ENROLMENT_RETRACTED : null;
    }

    /**
     * Collects, per try, whether each kind occurred, and requires that most kinds occur in a fair share of the
     * tries (jqwik checks coverage once all tries have run).
     */
    static void collectAndRequire(List<JourneyEvent> records) {
        Map<String, Integer> found = in(records);
        for (String kind : List.of(VOIDED, CLOSURE_RECORDED_AGAIN, CLOSURE_REOPENED, PROFILE_UPDATE_RETRACTED,
                ASSESSMENT_RETRACTED, ENROLLED_AFTER_WITHDRAWAL, ENROLMENT_RETRACTED)) {
            Statistics.label(kind).collect(found.containsKey(kind));
        }
        Statistics.label("journeys corrected").collect(bucket(found.values().stream().mapToInt(i -> i).sum()));
        // Well below what the generator gives (about 85–90 % of tries for the first four), so it never flickers.
        Statistics.label(VOIDED).coverage(c -> c.check(true).percentage(p -> p >= 50));
        Statistics.label(CLOSURE_RECORDED_AGAIN).coverage(c -> c.check(true).percentage(p -> p >= 50));
        Statistics.label(PROFILE_UPDATE_RETRACTED).coverage(c -> c.check(true).percentage(p -> p >= 50));
        Statistics.label(ASSESSMENT_RETRACTED).coverage(c -> c.check(true).percentage(p -> p >= 50));
        Statistics.label(ENROLLED_AFTER_WITHDRAWAL).coverage(c -> c.check(true).percentage(p -> p >= 25));
        Statistics.label(ENROLMENT_RETRACTED).coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    private static String bucket(int corrections) {
        return corrections == 0 ? "0" : corrections <= 2 ? "1-2" : corrections <= 5 ? "3-5" : "6+";
    }
}
