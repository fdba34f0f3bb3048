package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.JourneyTestData;
import se.finsam.journey.journey.PersonChanges;
import se.finsam.journey.journey.events.ProfileUpdated;

/**
 * Random profile updates for {@link JourneyScript}: any mix of referring party and unit, gender, birth year, home
 * municipality, support before and years in support, some fields cleared (by their names on the wire), and
 * now and then one the rules must refuse (nothing changed, or a birth year giving an age outside 16–67).
 */
final class RandomProfileUpdates {

    private static final String[] UNITS = {"IFO Försörjningsstöd", "Psykiatri Väst", "KAA", "Enh. 2"};
    private static final String[] YEARS = {"0", "2.5", "5", "12.5"};
    private static final String[] MUNICIPALITIES = {"1907", "1961", "1980"};

    private RandomProfileUpdates() {
    }

    static ProfileUpdated update(Random r, String journeyId, String recordId, LocalDate date, int referralYear) {
        Set<String> cleared = new HashSet<>();
        String unit = r.nextInt(3) == 0 ? pick(r, UNITS) : null;
        if (unit == null && r.nextInt(4) == 0) {
            cleared.add("referringUnit");
        }
        BigDecimal years = r.nextInt(4) == 0 ? new BigDecimal(pick(r, YEARS)) : null;
        if (years == null && r.nextInt(6) == 0) {
            cleared.add("yearsInPublicSupport");
        }
        String municipality = r.nextInt(5) == 0 ? pick(r, MUNICIPALITIES) : null;
        if (municipality == null && r.nextInt(6) == 0) {
            cleared.add("person.homeMunicipality");
        }
        Integer birthYear = r.nextInt(4) == 0 ? referralYear - 14 - r.nextInt(56) : null;
        Gender gender = r.nextInt(4) == 0 ? pick(r, Gender.values()) : null;
        PersonChanges person = gender == null && birthYear == null && municipality == null ? null
                : new PersonChanges(gender, birthYear, municipality, null, null);
        return new ProfileUpdated(journeyId, recordId, date, JourneyTestData.STAFF,
                r.nextInt(4) == 0 ? pick(r, ReferringParty.values()) : null, unit, person,
                r.nextInt(5) == 0 ? pick(r, SupportSource.values()) : null, years, cleared.isEmpty() ? null : cleared);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
