package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney;

/**
 * The report computation alone, old against new in one JVM, so that a busy machine slows both alike: an
 * association-year with {@code compare=previous} over the journeys {@code ReportBenchmark} generates (about
 * 200,000 in 2016–2026, the same rates as its {@code HistoryGenerator}, built here directly as facts), computed
 * and rendered (figures, previous, change) as {@code ReportService.answer} does. Before timing, both must give
 * the same rendered answer and the same journeys behind every cell. Run with
 * {@code ./mvnw -B -ntp -o -pl journey-projections test -Dgroups=benchmark -Dbenchmarks.excluded=none
 * -Dtest=ReportComputationBenchmark}; figures go to standard output.
 */
@Tag("benchmark")
class ReportComputationBenchmark {

    static final int JOURNEYS = Integer.getInteger("benchmark.journeys", 200_000);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 60);
    static final int WARM_UP = 20;
    static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 6, 30);

    @Test
    void newComputationGivesTheSameFiguresFaster() {
        List<CurrentJourney> all = journeys(JOURNEYS, new Random(42));
        List<ReportPeriod> periods = new ArrayList<>();
        List<List<CurrentJourney>> scopes = new ArrayList<>();
        for (int year = 2019; year <= 2025; year++) {
            ReportPeriod period = new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            ReportPeriod loaded = new ReportPeriod(period.oneYearEarlier().from(), period.to());
            periods.add(period);
            scopes.add(all.stream().filter(loaded::mayCount).toList());
        }
        System.out.printf("journeys: %,d; in scope per association-year with compare: %s%n", all.size(),
                scopes.stream().map(List::size).toList());
        for (int i = 0; i < periods.size(); i++) {
            sameAnswer(scopes.get(i), periods.get(i));
        }

        long[] old = new long[ROUNDS];
        long[] now = new long[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            int i = Math.floorMod(round, periods.size());
            // Alternate which goes first, so that neither always runs in the other's garbage.
            if (round % 2 == 0) {
                long a = timeOld(scopes.get(i), periods.get(i));
                long b = timeNew(scopes.get(i), periods.get(i));
                record(round, old, a, now, b);
            } else {
                long b = timeNew(scopes.get(i), periods.get(i));
                long a = timeOld(scopes.get(i), periods.get(i));
                record(round, old, a, now, b);
            }
        }
        Arrays.sort(old);
        Arrays.sort(now);
        System.out.printf("association-year with compare=previous, %d rounds after %d warm-up, computed and rendered:%n",
                ROUNDS, WARM_UP);
        System.out.printf("  old: p50 %.1f ms, p95 %.1f ms, min %.1f ms%n", ms(old, 50), ms(old, 95), old[0] / 1e6);
        System.out.printf("  new: p50 %.1f ms, p95 %.1f ms, min %.1f ms%n", ms(now, 50), ms(now, 95), now[0] / 1e6);
        System.out.printf("  new / old: p50 %.2f, p95 %.2f%n", ms(now, 50) / ms(old, 50), ms(now, 95) / ms(old, 95));
    }

    private static void record(int round, long[] old, long a, long[] now, long b) {
        if (round >= 0) {
            old[round] = a;
            now[round] = b;
        }
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static volatile Object sink;

    private static long timeOld(List<CurrentJourney> journeys, ReportPeriod period) {
        long start = System.nanoTime();
        sink = oldAnswer(journeys, period);
        return System.nanoTime() - start;
    }

    private static long timeNew(List<CurrentJourney> journeys, ReportPeriod period) {
        long start = System.nanoTime();
        sink = newAnswer(journeys, period);
        return System.nanoTime() - start;
    }

    private static List<Map<String, Object>> oldAnswer(List<CurrentJourney> journeys, ReportPeriod period) {
        var comparison = se.finsam.journey.reports.baseline.ReportComparison.compute(journeys, period);
        return List.of(comparison.current().render(), comparison.previous(), comparison.change());
    }

    private static List<Map<String, Object>> newAnswer(List<CurrentJourney> journeys, ReportPeriod period) {
        var comparison = ReportComparison.compute(journeys, period);
        return List.of(comparison.current().render(), comparison.previous(), comparison.change());
    }

    /** The same rendered answer, and per cell the same members and population (lineage), in both years. */
    static void sameAnswer(List<CurrentJourney> journeys, ReportPeriod period) {
        assertThat(newAnswer(journeys, period)).isEqualTo(oldAnswer(journeys, period));
        var old = se.finsam.journey.reports.baseline.ReportComparison.compute(journeys, period);
        var now = ReportComparison.compute(journeys, period);
        sameCells(old.current().cells(), now.current().cells());
        sameCells(old.previousFigures().cells(), now.previousFigures().cells());
    }

    private static void sameCells(Map<String, se.finsam.journey.reports.baseline.Figure> old,
                                  Map<String, Figure> now) {
        assertThat(now.keySet()).containsExactlyElementsOf(old.keySet());
        old.forEach((path, figure) -> {
            Figure cell = now.get(path);
            assertThat(cell.population()).as(path).isEqualTo(figure.population());
            if (figure instanceof se.finsam.journey.reports.baseline.Figure.Count count) {
                assertThat(((Figure.Count) cell).members()).as(path).isEqualTo(count.members());
            } else {
                assertThat(cell).as(path).isInstanceOf(Figure.Measure.class);
            }
        });
    }

    // Journeys at HistoryGenerator's rates, as the facts its records fold to.

    private static final ReferringParty[] PARTIES = {ReferringParty.SOCIAL_INSURANCE_AGENCY,
            ReferringParty.SOCIAL_INSURANCE_AGENCY, ReferringParty.SOCIAL_INSURANCE_AGENCY, ReferringParty.MUNICIPALITY,
            ReferringParty.MUNICIPALITY, ReferringParty.MUNICIPALITY, ReferringParty.EMPLOYMENT_SERVICE,
            ReferringParty.REGION, ReferringParty.SELF};
    private static final SupportSource[] SUPPORT = {SupportSource.SICKNESS_BENEFIT, SupportSource.SOCIAL_ASSISTANCE,
            SupportSource.ACTIVITY_COMPENSATION, SupportSource.ACTIVITY_SUPPORT, SupportSource.SICKNESS_COMPENSATION,
            SupportSource.NO_PUBLIC_SUPPORT, SupportSource.UNKNOWN};
    private static final ClosureCause[] CAUSES = {ClosureCause.WORK, ClosureCause.WORK, ClosureCause.WORK,
            ClosureCause.STUDIES, ClosureCause.STUDIES, ClosureCause.ACTIVE_JOB_SEEKING,
            ClosureCause.CONTINUED_REHABILITATION, ClosureCause.CONTINUED_REHABILITATION,
            ClosureCause.CONTINUED_REHABILITATION, ClosureCause.CONTINUED_REHABILITATION,
            ClosureCause.CONTINUED_REHABILITATION, ClosureCause.CONTINUED_REHABILITATION,
            ClosureCause.MEDICAL_REHABILITATION, ClosureCause.MEDICAL_REHABILITATION,
            ClosureCause.SICKNESS_COMPENSATION, ClosureCause.PARENTAL_LEAVE, ClosureCause.MOVED, ClosureCause.OTHER,
            ClosureCause.DROPOUT, ClosureCause.DROPOUT};
    private static final WorkplaceSector[] SECTORS = {WorkplaceSector.MUNICIPAL, WorkplaceSector.OTHER_PUBLIC,
            WorkplaceSector.PRIVATE, WorkplaceSector.PRIVATE, WorkplaceSector.NON_PROFIT};
    private static final String[] MUNICIPALITIES = {"1980", "1982", "1962", "1904", "1981", "1961", "1907", "2084"};
    private static final String[] INITIATIVES = {"fns", "vasteras", "sala", "hallstahammar", "surahammar",
            "koping", "arboga", "kungsor", "avesta", "hedemora"};
    private static final String[] UNITS = {null, null, "IFO Försörjningsstöd", "Handläggning", "AF Västerås"};

    static List<CurrentJourney> journeys(int count, Random random) {
        List<CurrentJourney> journeys = new ArrayList<>(count);
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        for (int n = 1; n <= count; n++) {
            String id = "j" + n;
            LocalDate referral = FIRST.plusDays(random.nextInt(span));
            String initiative = INITIATIVES[random.nextInt(INITIATIVES.length)];
            ReferringParty party = PARTIES[random.nextInt(PARTIES.length)];
            String unit = UNITS[random.nextInt(UNITS.length)];
            Gender gender = random.nextInt(100) < 60 ? Gender.WOMAN
                    : random.nextInt(100) < 98 ? Gender.MAN : Gender.NON_BINARY;
            int birthYear = referral.getYear() - 19 - random.nextInt(46);
            String municipality = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
            SupportSource support = SUPPORT[random.nextInt(SUPPORT.length)];
            BigDecimal years = random.nextInt(4) > 0 ? BigDecimal.valueOf(random.nextInt(120) / 10.0) : null;
            LocalDate enrolment = null;
            LocalDate withdrawal = null;
            CurrentJourney.Closure closure = null;
            List<CurrentJourney.Training> trainings = new ArrayList<>();
            List<CurrentJourney.Assessment> assessments = new ArrayList<>();
            boolean isVoid = false;
            if (random.nextInt(10) == 0) {
                withdrawal = referral.plusDays(20).isAfter(LAST) ? LAST : referral.plusDays(20);
            } else {
                LocalDate enrolled = referral.plusDays(5 + random.nextInt(50));
                if (!enrolled.isAfter(LAST)) {
                    enrolment = enrolled;
                    closure = rest(random, enrolled, trainings, assessments);
                    isVoid = closure != null && random.nextInt(100) == 0;
                }
            }
            if (isVoid) {
                journeys.add(new CurrentJourney(id, initiative, null, null, null, null, 0, null, null, null, null,
                        null, null, List.of(), List.of()));
            } else {
                journeys.add(new CurrentJourney(id, initiative, referral, party, unit, gender, birthYear,
                        municipality, support, years, enrolment, withdrawal, closure, List.copyOf(trainings),
                        List.copyOf(assessments)));
            }
        }
        return journeys;
    }

    private static CurrentJourney.Closure rest(Random random, LocalDate enrolment, List<CurrentJourney.Training> trainings,
                                               List<CurrentJourney.Assessment> assessments) {
        LocalDate day = enrolment;
        int steps = random.nextInt(4);
        for (int k = 0; k < steps && day.plusDays(60).isBefore(LAST); k++) {
            day = day.plusDays(30 + random.nextInt(60));
            assessments.add(new CurrentJourney.Assessment(day, Instrument.SELF_RATED_STEP,
                    BigDecimal.valueOf(random.nextInt(21) / 2.0)));
        }
        if (random.nextBoolean() && day.plusDays(40).isBefore(LAST)) {
            day = day.plusDays(10);
            LocalDate start = day;
            WorkplaceSector sector = SECTORS[random.nextInt(SECTORS.length)];
            day = day.plusDays(30 + random.nextInt(90));
            if (day.isBefore(LAST)) {
                trainings.add(new CurrentJourney.Training("t1", start, day, sector));
            } else {
                trainings.add(new CurrentJourney.Training("t1", start, null, sector));
                return null;
            }
        }
        LocalDate closed = day.plusDays(30 + random.nextInt(500));
        if (closed.isAfter(LAST)) {
            return null;
        }
        ClosureCause cause = CAUSES[random.nextInt(CAUSES.length)];
        Boolean subsidised = cause == ClosureCause.WORK ? random.nextBoolean() : null;
        return new CurrentJourney.Closure(closed, cause, SUPPORT[random.nextInt(SUPPORT.length)], subsidised);
    }
}
