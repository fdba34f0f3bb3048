package se.finsam.journey.generator;

import static se.finsam.journey.generator.Distributions.AGE_BAND;
import static se.finsam.journey.generator.Distributions.GENDER;
import static se.finsam.journey.generator.Distributions.INSTRUMENT;
import static se.finsam.journey.generator.Distributions.MEASURED_CAUSE;
import static se.finsam.journey.generator.Distributions.MUNICIPAL_UNIT;
import static se.finsam.journey.generator.Distributions.REFERRING_PARTY;
import static se.finsam.journey.generator.Distributions.SECTOR;
import static se.finsam.journey.generator.Distributions.SUPPORT_AFTER;
import static se.finsam.journey.generator.Distributions.SUPPORT_BEFORE;
import static se.finsam.journey.generator.Distributions.YEARS_IN_SUPPORT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import se.finsam.journey.generator.RecordContent.Assessment;
import se.finsam.journey.generator.RecordContent.Closure;
import se.finsam.journey.generator.RecordContent.Enrolment;
import se.finsam.journey.generator.RecordContent.Person;
import se.finsam.journey.generator.RecordContent.ProfileUpdate;
import se.finsam.journey.generator.RecordContent.Referral;
import se.finsam.journey.generator.RecordContent.ReferralWithdrawn;
import se.finsam.journey.generator.RecordContent.Retraction;
import se.finsam.journey.generator.RecordContent.WorkTrainingEnded;
import se.finsam.journey.generator.RecordContent.WorkTrainingStarted;

/**
 * Draws one journey: a referral, then a withdrawal, or an enrolment with step assessments, work training, perhaps
 * a profile-update, a corrected record and a closure once its date has come; or a referral voided at once. Dates
 * never pass {@code today}, activities lie between enrolment and closure, and record ids are r1, r2, … in order.
 */
final class JourneyDraw {

    private static final double DAYS_PER_MONTH = 30.4375;

    private final Random random;
    private final LocalDate today;
    private final boolean identityNumbers;

    JourneyDraw(Random random, LocalDate today, boolean identityNumbers) {
        this.random = random;
        this.today = today;
        this.identityNumbers = identityNumbers;
    }

    List<GeneratedRecord> journey(String id, JourneyGenerator.Initiative initiative, int year) {
        LocalDate referred = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        if (referred.isAfter(today)) {
            return List.of();
        }
        List<GeneratedRecord> records = new ArrayList<>();
        records.add(referral(id, initiative, referred));
        if (chance(Distributions.VOIDED)) {
            records.add(retraction(id, records, "r1", referred, "felregistrering"));
            return records;
        }
        if (chance(Distributions.WITHDRAWN)) {
            records.add(new GeneratedRecord(id, "r2", cap(referred.plusDays(5 + random.nextInt(36))),
                    new ReferralWithdrawn("startade aldrig")));
            return records;
        }
        LocalDate enrolled = referred.plusDays(between(Distributions.DAYS_TO_ENROLMENT[0], Distributions.DAYS_TO_ENROLMENT[1]));
        if (enrolled.isAfter(today)) {
            return records;
        }
        records.add(new GeneratedRecord(id, "r2", enrolled, new Enrolment()));
        boolean dropout = chance(Distributions.DROPOUT);
        double months = dropout ? 1 + 2 * random.nextDouble()
                : Math.min(60, 2 - Distributions.MEAN_MONTHS_BEYOND_TWO * Math.log(1 - random.nextDouble()));
        LocalDate closed = enrolled.plusDays(Math.round(months * DAYS_PER_MONTH));
        LocalDate last = closed.isAfter(today) ? today : closed;
        List<GeneratedRecord> activities = new ArrayList<>();
        if (!dropout) {
            assessments(id, enrolled, last, activities);
            workTraining(id, enrolled, last, activities);
        }
        if (chance(Distributions.PROFILE_UPDATE)) {
            activities.add(profileUpdate(id, initiative, referred.plusDays(random.nextInt(1 + days(referred, last)))));
        }
        activities.sort(Comparator.comparing(GeneratedRecord::date));
        for (GeneratedRecord activity : activities) {
            records.add(activity.withRecordId("r" + (records.size() + 1)));
        }
        if (!closed.isAfter(today)) {
            String cause = dropout ? "DROPOUT" : MEASURED_CAUSE.draw(random);
            if (chance(Distributions.CORRECTION)) {
                String wrong = cause.equals("OTHER") ? "MOVED" : "OTHER";
                records.add(closure(id, "r" + (records.size() + 1), closed, wrong));
                records.add(retraction(id, records, "r" + records.size(), closed, "fel avslutsorsak"));
            }
            records.add(closure(id, "r" + (records.size() + 1), closed, cause));
        }
        return records;
    }

    private GeneratedRecord referral(String id, JourneyGenerator.Initiative initiative, LocalDate referred) {
        int[] band = AGE_BAND.draw(random);
        int birthYear = referred.getYear() - between(band[0], band[1]);
        // Every draw below happens in the same order as ever: the same seed must keep giving the same journeys.
        String gender = GENDER.draw(random);
        String homeMunicipality = pick(initiative.municipalities());
        Person person = identityNumbers
                ? new Person(gender, birthYear, homeMunicipality, SyntheticIdentityNumber.of(birthYear, random),
                        "Testperson " + id)
                : new Person(gender, birthYear, homeMunicipality, null, null);
        String party = REFERRING_PARTY.draw(random);
        String unit = party.equals("MUNICIPALITY") && chance(0.7) ? MUNICIPAL_UNIT.draw(random) : null;
        String supportBefore = SUPPORT_BEFORE.draw(random);
        double[] years = YEARS_IN_SUPPORT.draw(random);
        Double yearsInSupport = null;
        if (years.length > 0) {
            double drawn = years[0] + random.nextDouble() * (years[1] - years[0]);
            // Nobody has been supported for longer than since the age of 16.
            yearsInSupport = Math.round(Math.min(drawn, referred.getYear() - birthYear - 16) * 10) / 10.0;
        }
        return new GeneratedRecord(id, "r1", referred,
                new Referral(initiative.code(), party, unit, person, supportBefore, yearsInSupport));
    }

    private void assessments(String id, LocalDate enrolled, LocalDate last, List<GeneratedRecord> out) {
        String instrument = INSTRUMENT.draw(random);
        if (instrument.equals("NONE")) {
            return;
        }
        double level = random.nextDouble() * 0.5;
        for (LocalDate day = enrolled.plusDays(between(7, 30)); !day.isAfter(last); day = day.plusDays(between(90, 150))) {
            level = Math.max(0, Math.min(1, level + (random.nextDouble() - 0.35) * 0.2));
            out.add(new GeneratedRecord(id, "", day, new Assessment(instrument, score(instrument, level))));
        }
    }

    private static Number score(String instrument, double level) {
        return switch (instrument) {
            case "SELF_RATED_STEP" -> Math.round(level * 20) / 2.0;
            case "BIP" -> Math.round((1 + level * 4) * 10) / 10.0;
            default -> (int) Math.round(level * 100);
        };
    }

    private void workTraining(String id, LocalDate enrolled, LocalDate last, List<GeneratedRecord> out) {
        if (!chance(Distributions.WORK_TRAINING)) {
            return;
        }
        LocalDate started = enrolled.plusDays(between(20, Math.max(21, days(enrolled, last) / 2)));
        if (started.isAfter(last)) {
            return;
        }
        out.add(new GeneratedRecord(id, "", started, new WorkTrainingStarted("t1", SECTOR.draw(random), between(4, 40))));
        LocalDate ended = started.plusDays(between(30, 180));
        if (!ended.isAfter(last)) {
            out.add(new GeneratedRecord(id, "", ended, new WorkTrainingEnded("t1")));
        }
    }

    private GeneratedRecord profileUpdate(String id, JourneyGenerator.Initiative initiative, LocalDate day) {
        ProfileUpdate update = chance(0.5) ? new ProfileUpdate(Person.movedTo(pick(initiative.municipalities())), null)
                : new ProfileUpdate(null, SUPPORT_BEFORE.draw(random));
        return new GeneratedRecord(id, "", day, update);
    }

    private GeneratedRecord closure(String id, String recordId, LocalDate day, String cause) {
        // The fallback is drawn even when the cause decides the support after: the seed's sequence depends on it.
        String supportAfter = Distributions.SUPPORT_AFTER_BY_CAUSE.getOrDefault(cause, SUPPORT_AFTER.draw(random));
        Boolean subsidised = cause.equals("WORK") ? chance(Distributions.WORK_SUBSIDISED) : null;
        return new GeneratedRecord(id, recordId, day, new Closure(cause, supportAfter, subsidised));
    }

    private static GeneratedRecord retraction(String id, List<GeneratedRecord> records, String retracts, LocalDate day,
                                              String reason) {
        return new GeneratedRecord(id, "r" + (records.size() + 1), day, new Retraction(retracts, reason));
    }

    private LocalDate cap(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
