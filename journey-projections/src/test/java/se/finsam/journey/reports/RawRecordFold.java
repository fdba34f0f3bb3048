package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/**
 * oracle.py's {@code journeys_from} and {@code Journey.state()}, ported literally onto the raw records, to check
 * the service's fold against. It shares no code with JourneyHistory or CurrentJourney's fold; a CurrentJourney is
 * only built at the very end, as the input {@link IndependentReport} takes.
 */
final class RawRecordFold {

    private RawRecordFold() {
    }

    /** journeys_from(): records grouped by journey in the order sent; void journeys left out. */
    static List<CurrentJourney> journeysFrom(List<JourneyEvent> records) {
        Map<String, List<Object[]>> journeys = new LinkedHashMap<>();
        for (JourneyEvent record : records) {
            List<Object[]> entries = journeys.computeIfAbsent(record.journeyId(), id -> new ArrayList<>());
            // Journey.add(): a retraction marks every earlier record with the id it retracts.
            if (record instanceof RecordRetracted retraction) {
                for (Object[] entry : entries) {
                    if (((JourneyEvent) entry[0]).recordId().equals(retraction.retracts())) {
                        entry[1] = true;
                    }
                }
            }
            entries.add(new Object[] {record, false});
        }
        return journeys.entrySet().stream().map(j -> state(j.getKey(), live(j.getValue())))
                .filter(Objects::nonNull).toList();
    }

    private static List<JourneyEvent> live(List<Object[]> entries) {
        return entries.stream().filter(e -> !(Boolean) e[1] && !(e[0] instanceof RecordRetracted))
                .map(e -> (JourneyEvent) e[0]).toList();
    }

    /** Journey.state(): null when the referral was retracted (the journey is void). */
    private static CurrentJourney state(String id, List<JourneyEvent> live) {
        ParticipantReferred referral = live.stream().filter(ParticipantReferred.class::isInstance)
                .map(ParticipantReferred.class::cast).findFirst().orElse(null);
        if (referral == null) {
            return null;
        }
        ReferringParty party = referral.referringParty();
        String unit = referral.referringUnit();
        Gender gender = referral.person().gender();
        int birthYear = referral.person().birthYear();
        String municipality = referral.person().homeMunicipality();
        SupportSource supportBefore = referral.supportBefore();
        BigDecimal years = referral.yearsInPublicSupport();
        LocalDate enrolment = null;
        LocalDate withdrawn = null;
        CurrentJourney.Closure closure = null;
        Map<String, Object[]> trainings = new LinkedHashMap<>();
        List<CurrentJourney.Assessment> assessments = new ArrayList<>();
        for (JourneyEvent r : live) {
            if (r instanceof ProfileUpdated u) {
                // "if key in r": a field is in the update when it carries a value or is named as cleared.
                if (u.referringParty() != null) {
                    party = u.referringParty();
                }
                if (u.referringUnit() != null || named(u.cleared(), "referringUnit")) {
                    unit = u.referringUnit();
                }
                if (u.supportBefore() != null) {
                    supportBefore = u.supportBefore();
                }
                if (u.yearsInPublicSupport() != null || named(u.cleared(), "yearsInPublicSupport")) {
                    years = u.yearsInPublicSupport();
                }
                if (u.person() != null && u.person().gender() != null) {
                    gender = u.person().gender();
                }
                if (u.person() != null && u.person().birthYear() != null) {
                    birthYear = u.person().birthYear();
                }
                if (u.person() != null && u.person().homeMunicipality() != null) {
                    municipality = u.person().homeMunicipality();
                } else if (named(u.cleared(), "person.homeMunicipality")) {
                    municipality = null;
                }
            } else if (r instanceof ParticipantEnrolled e) {
                enrolment = e.date();
            } else if (r instanceof ReferralWithdrawn w) {
                withdrawn = w.date();
            } else if (r instanceof JourneyClosed c) {
                closure = new CurrentJourney.Closure(c.date(), c.cause(), c.supportAfter(), c.subsidisedEmployment());
            } else if (r instanceof WorkTrainingStarted s) {
                trainings.put(s.trainingId(), new Object[] {s.date(), null, s.sector()});
            } else if (r instanceof WorkTrainingEnded e) {
                trainings.get(e.trainingId())[1] = e.date();
            } else if (r instanceof AssessmentRecorded a) {
                assessments.add(new CurrentJourney.Assessment(a.date(), a.instrument(), a.score()));
            }
        }
        List<CurrentJourney.Training> placements = new ArrayList<>();
        for (Map.Entry<String, Object[]> t : trainings.entrySet()) {
            // An open placement ends on the closure date.
            LocalDate end = t.getValue()[1] == null && closure != null ? closure.date() : (LocalDate) t.getValue()[1];
            placements.add(new CurrentJourney.Training(t.getKey(), (LocalDate) t.getValue()[0], end,
                    (WorkplaceSector) t.getValue()[2]));
        }
        return new CurrentJourney(id, referral.initiative(), referral.date(), party, unit, gender, birthYear,
                municipality, supportBefore, years, enrolment, withdrawn, closure, placements, assessments);
    }

    private static boolean named(Set<String> cleared, String field) {
        return cleared != null && cleared.contains(field);
    }
}
