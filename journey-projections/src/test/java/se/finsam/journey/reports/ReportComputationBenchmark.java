package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
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
 * 200,000 in 10 initiatives, 2016–2026, the same rates as its {@code HistoryGenerator}, built here directly as
 * facts), computed and rendered (figures, previous, change) as {@code ReportService.answer} does: once over the
 * scope's journeys, and once from the replica's journeys (old: every object filtered by
 * {@link ReportPeriod#mayCount}; new: the rows selected from the initiatives' columns). Before timing, both must give
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
        // As the replica holds them: per initiative, its journeys, and (new) their columns, made once.
        Map<String, List<CurrentJourney>> byInitiative = new LinkedHashMap<>();
        for (CurrentJourney journey : all) {
            byInitiative.computeIfAbsent(journey.initiative(), k -> new ArrayList<>()).add(journey);
        }
        List<List<CurrentJourney>> lists = List.copyOf(byInitiative.values());
        List<JourneyColumns> columns = lists.stream().map(JourneyColumns::of).toList();
        List<ReportPeriod> periods = new ArrayList<>();
        List<List<CurrentJourney>> scopes = new ArrayList<>();
        for (int year = 2019; year <= 2025; year++) {
            ReportPeriod period = new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            periods.add(period);
            scopes.add(oldScope(lists, loaded(period)));
        }
        System.out.printf("journeys: %,d; in scope per association-year with compare: %s%n", all.size(),
                scopes.stream().map(List::size).toList());
        for (int i = 0; i < periods.size(); i++) {
            sameAnswer(scopes.get(i), periods.get(i));
            assertThat(newFromReplica(columns, periods.get(i))).isEqualTo(oldAnswer(scopes.get(i), periods.get(i)));
        }

        if (Boolean.getBoolean("benchmark.phases")) {
            long[][] phase = new long[3][ROUNDS];
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                ReportPeriod period = periods.get(Math.floorMod(round, periods.size()));
                long a = System.nanoTime();
                JourneyColumns selected = JourneyColumns.mayCount(columns, loaded(period));
                long b = System.nanoTime();
                var comparison = ReportComparison.compute(selected, period);
                long c = System.nanoTime();
                sink = List.of(comparison.current().render(), comparison.previous(), comparison.change());
                long d = System.nanoTime();
                if (round >= 0) {
                    phase[0][round] = b - a;
                    phase[1][round] = c - b;
                    phase[2][round] = d - c;
                }
            }
            for (long[] t : phase) {
                Arrays.sort(t);
                System.out.printf("phase: p50 %.1f ms, min %.1f ms%n", ms(t, 50), t[0] / 1e6);
            }
        }
        long[][] times = new long[4][ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            int i = Math.floorMod(round, periods.size());
            ReportPeriod period = periods.get(i);
            List<CurrentJourney> scope = scopes.get(i);
            List<Supplier<Object>> runs = List.of(() -> oldAnswer(scope, period), () -> newAnswer(scope, period),
                    () -> oldAnswer(oldScope(lists, loaded(period)), period), () -> newFromReplica(columns, period));
            // Rotate which goes first, so that none always runs in another's garbage.
            for (int k = 0; k < runs.size(); k++) {
                int which = Math.floorMod(round + k, runs.size());
                long start = System.nanoTime();
                sink = runs.get(which).get();
                if (round >= 0) {
                    times[which][round] = System.nanoTime() - start;
                }
            }
        }
        for (long[] t : times) {
            Arrays.sort(t);
        }
        System.out.printf("association-year with compare=previous, %d rounds after %d warm-up, computed and rendered:%n",
                ROUNDS, WARM_UP);
        report("computation over the scope's journeys", times[0], times[1]);
        report("from the replica's journeys (scope filter + computation)", times[2], times[3]);
    }

    private static void report(String what, long[] old, long[] now) {
        System.out.printf("  %s%n", what);
        System.out.printf("    old: p50 %.1f ms, p95 %.1f ms, min %.1f ms%n", ms(old, 50), ms(old, 95), old[0] / 1e6);
        System.out.printf("    new: p50 %.1f ms, p95 %.1f ms, min %.1f ms%n", ms(now, 50), ms(now, 95), now[0] / 1e6);
        System.out.printf("    new / old: p50 %.2f, p95 %.2f%n", ms(now, 50) / ms(old, 50), ms(now, 95) / ms(old, 95));
    }

    private static ReportPeriod loaded(ReportPeriod period) {
        return new ReportPeriod(period.oneYearEarlier().from(), period.to());
    }

    /** What the replica did before: every journey of every initiative, kept if it may count. */
    private static List<CurrentJourney> oldScope(List<List<CurrentJourney>> lists, ReportPeriod loaded) {
        List<CurrentJourney> relevant = new ArrayList<>();
        for (List<CurrentJourney> journeys : lists) {
            for (CurrentJourney journey : journeys) {
                if (loaded.mayCount(journey)) {
                    relevant.add(journey);
                }
            }
        }
        return relevant;
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static volatile Object sink;

    private static List<Map<String, Object>> oldAnswer(List<CurrentJourney> journeys, ReportPeriod period) {
        var comparison = se.finsam.journey.reports.baseline.ReportComparison.compute(journeys, period);
        return List.of(comparison.current().render(), comparison.previous(), comparison.change());
    }

    private static List<Map<String, Object>> newAnswer(List<CurrentJourney> journeys, ReportPeriod period) {
        var comparison = ReportComparison.compute(journeys, period);
        return List.of(comparison.current().render(), comparison.previous(), comparison.change());
    }

    private static List<Map<String, Object>> newFromReplica(List<JourneyColumns> columns, ReportPeriod period) {
        var comparison = ReportComparison.compute(JourneyColumns.mayCount(columns, loaded(period)), period);
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

    private static void sameCells(Map<String, Figure> old,
                                  Map<String, Figure> now) {
        assertThat(now.keySet()).containsExactlyElementsOf(old.keySet());
        old.forEach((path, figure) -> {
            Figure cell = now.get(path);
            assertThat(cell.population()).as(path).isEqualTo(figure.population());
            if (figure instanceof Figure.Count count) {
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
