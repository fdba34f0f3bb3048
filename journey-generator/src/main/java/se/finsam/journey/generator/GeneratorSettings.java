package se.finsam.journey.generator;

import java.time.LocalDate;

/**
 * What to generate: {@code associations} associations of {@code initiativesPerAssociation} initiatives each, with
 * referrals over {@code years} calendar years from {@code startYear}. {@code referralsPerInitiativeYear} is the
 * number of new referrals per initiative and year; {@code 0} draws it per initiative from 10–60, which gives the
 * 20–120 participants a year of the seeds' teams (a journey lasts about two years). Nothing is dated after
 * {@code today}, so the same seed and the same {@code today} give the same records.
 */
public record GeneratorSettings(int associations, int initiativesPerAssociation, int years, int startYear,
                                int referralsPerInitiativeYear, long seed, boolean syntheticIdentityNumbers,
                                LocalDate today) {

    public GeneratorSettings {
        if (associations < 1 || initiativesPerAssociation < 1 || years < 1 || referralsPerInitiativeYear < 0) {
            throw new IllegalArgumentException("associations, initiatives and years must be at least 1, "
                    + "participants at least 0 (0: drawn from the seeds' 20–120 a year)");
        }
        if (startYear < 2004 || startYear > today.getYear()) {
            throw new IllegalArgumentException("the start year must be between 2004 (when Finsam began) and "
                    + today.getYear());
        }
    }

    /** One association of four initiatives over the three years up to today: a demo that fills every report. */
    public static GeneratorSettings demo(LocalDate today) {
        return new GeneratorSettings(1, 4, 3, today.getYear() - 2, 0, 7, false, today);
    }
}
