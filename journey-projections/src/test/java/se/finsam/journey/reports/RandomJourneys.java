package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney;

/** Random valid journey states, as the journey rules allow them: dates in order, records only while enrolled. */
final class RandomJourneys {

    static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);
    static final String SCOPE = "fns";
    private static final String[] UNITS = {null, null, "", "IFO Försörjningsstöd", "Psykiatri Väst", "KAA", "Enh. 2"};
    private static final String[] MUNICIPALITIES = {null, "1980", "1982", "1962", "1904", "2084"};
    private static final String[] YEARS = {null, null, "0", "0.9", "1.0", "3.9", "4", "6.5", "9.9", "10.0", "17.3"};

    private RandomJourneys() {
    }

    /** A journey of the scope (mostly) or of another initiative, sometimes void; its id is set later. */
    static CurrentJourney journey(Random r) {
        String initiative = r.nextInt(5) == 0 ? "vasteras" : SCOPE;
        if (r.nextInt(20) == 0) {
            return new CurrentJourney("?", initiative, null, null, null, null, 0, null, null, null, null, null, null,
                    List.of(), List.of());
        }
        LocalDate referral = EARLIEST.plusDays(r.nextInt(2000));
        return journey(r, initiative, referral, r.nextInt(10), referral.plusDays(400 + r.nextInt(1000)));
    }

    /**
     * A journey referred on {@code referral}: fate 0–1 waits, 2 is withdrawn, 3–9 is enrolled (and then closed
     * two times in three); its enrolment, withdrawal, closure and records all fall on or before {@code latest}.
     */
    static CurrentJourney journey(Random r, String initiative, LocalDate referral, int fate, LocalDate latest) {
        LocalDate enrolment = fate >= 3 ? between(r, referral, min(referral.plusDays(120), latest)) : null;
        LocalDate withdrawal = fate == 2 ? between(r, referral, min(referral.plusDays(120), latest)) : null;
        CurrentJourney.Closure closure = enrolment != null && r.nextInt(3) > 0
                ? new CurrentJourney.Closure(between(r, enrolment, latest), pick(r, ClosureCause.values()),
                pick(r, SupportSource.values()), pick(r, new Boolean[] {null, true, false}))
                : null;
        LocalDate lastActive = closure != null ? closure.date() : latest;
        List<CurrentJourney.Training> trainings = new ArrayList<>();
        List<CurrentJourney.Assessment> assessments = new ArrayList<>();
        if (enrolment != null) {
            for (int i = r.nextInt(4); i > 0; i--) {
                LocalDate start = between(r, enrolment, lastActive);
                LocalDate end = r.nextBoolean() ? (closure == null ? null : closure.date())
                        : between(r, start, min(start.plusDays(200), lastActive));
                trainings.add(new CurrentJourney.Training("t" + i, start, end, pick(r, WorkplaceSector.values())));
            }
            for (int i = r.nextInt(7); i > 0; i--) {
                LocalDate day = !assessments.isEmpty() && r.nextInt(4) == 0
                        ? assessments.get(r.nextInt(assessments.size())).date() : between(r, enrolment, lastActive);
                Instrument instrument = r.nextInt(3) == 0 ? pick(r, Instrument.values()) : Instrument.SELF_RATED_STEP;
                assessments.add(new CurrentJourney.Assessment(day, instrument, score(r, instrument)));
            }
        }
        int age = r.nextInt(15) == 0 ? 12 + r.nextInt(62) : 16 + r.nextInt(52);
        String years = pick(r, YEARS);
        return new CurrentJourney("?", initiative, referral, pick(r, ReferringParty.values()), pick(r, UNITS),
                pick(r, Gender.values()), referral.getYear() - age, pick(r, MUNICIPALITIES),
                pick(r, SupportSource.values()), years == null ? null : new BigDecimal(years), enrolment, withdrawal,
                closure, List.copyOf(trainings), List.copyOf(assessments));
    }

    /** A journey that no figure of {@code period} can count: referred after it, or over before it began. */
    static CurrentJourney outside(Random r, ReportPeriod period) {
        if (r.nextBoolean()) {
            LocalDate referral = period.to().plusDays(1 + r.nextInt(400));
            return journey(r, SCOPE, referral, r.nextInt(10), referral.plusDays(r.nextInt(900)));
        }
        LocalDate latest = period.from().minusDays(1);
        LocalDate referral = latest.minusDays(r.nextInt(900));
        CurrentJourney journey;
        do {
            journey = journey(r, SCOPE, referral, 2 + r.nextInt(8), latest);
        } while (journey.withdrawalDate() == null && journey.closure() == null);
        return journey;
    }

    /** The same journeys with unique ids, some not ASCII, so sorting by code point is exercised. */
    static List<CurrentJourney> numbered(List<CurrentJourney> journeys, String prefix) {
        List<CurrentJourney> result = new ArrayList<>();
        for (int i = 0; i < journeys.size(); i++) {
            CurrentJourney j = journeys.get(i);
            String id = (i % 7 == 3 ? "Ö" : "") + prefix + i;
            result.add(new CurrentJourney(id, j.initiative(), j.referralDate(), j.referringParty(), j.referringUnit(),
                    j.gender(), j.birthYear(), j.homeMunicipality(), j.supportBefore(), j.yearsInPublicSupport(),
                    j.enrolmentDate(), j.withdrawalDate(), j.closure(), j.trainings(), j.assessments()));
        }
        return result;
    }

    private static BigDecimal score(Random r, Instrument instrument) {
        return switch (instrument) {
            case SELF_RATED_STEP -> BigDecimal.valueOf(r.nextInt(101), r.nextInt(4) == 0 ? 2 : 1).min(BigDecimal.TEN);
            case BIP -> BigDecimal.valueOf(100 + r.nextInt(401), 2);
            case WORK_ABILITY -> BigDecimal.valueOf(r.nextInt(21) * 5L);
        };
    }

    /** A day in [first, last], often the first or last of a month, where report periods begin and end. */
    private static LocalDate between(Random r, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        LocalDate day = days <= 0 ? first : first.plusDays(r.nextInt((int) days + 1));
        LocalDate snapped = switch (r.nextInt(4)) {
            case 0 -> day.withDayOfMonth(1);
            case 1 -> day.withDayOfMonth(day.lengthOfMonth());
            default -> day;
        };
        return snapped.isBefore(first) || snapped.isAfter(last) ? day : snapped;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
