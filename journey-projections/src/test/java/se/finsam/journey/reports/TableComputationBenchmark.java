package se.finsam.journey.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.DefinitionReader;
import se.finsam.journey.tables.TableDefinition;
import se.finsam.journey.tables.TableEngine;

/**
 * A definition of ten tables against the national report, computed and rendered side by side in one JVM (so that
 * a busy machine slows both alike), for an association-year with {@code compare=previous} over the journeys of
 * {@link ReportComputationBenchmark}, or of the definition in the file named by {@code -Dtables.definition} (such as
 * {@code journey-bench}'s {@code ten-tables.json}, the one {@code bench/run} times over HTTP). Run with {@code ./mvnw -B -ntp -o -pl journey-projections test
 * -Dgroups=benchmark -Dbenchmarks.excluded=none -Dtest=TableComputationBenchmark}; figures go to standard output.
 */
@Tag("benchmark")
class TableComputationBenchmark {

    /** Ten tables of the kinds teams publish: closures by cause and gender, own age bands, groups, per team, …. */
    static final String TEN_TABLES = """
            {"title": "Tio tabeller", "tables": [
             {"id": "closures-by-cause-and-gender", "title": "a", "population": "closures", "rows": {"by": "closureCause"},
              "columns": {"by": "gender"}, "values": ["count", "shareOfColumn"]},
             {"id": "age-at-end", "title": "b", "population": "activeAtEnd", "ageAt": "periodEnd",
              "rows": {"by": "ageBand", "bands": [[16, 20], [21, 24], [25, 34], [35, 44], [45, 54], [55, 64], [65, null]]},
              "values": ["count", "shareOfTotal", "mean:age", "min:age", "max:age"]},
             {"id": "support-by-payer", "title": "c", "population": "new",
              "where": {"referringParty": ["SOCIAL_INSURANCE_AGENCY", "MUNICIPALITY"]}, "rows": {"by": "supportBefore",
              "groups": [{"label": "FK", "codes": ["SICKNESS_BENEFIT", "ACTIVITY_COMPENSATION", "SICKNESS_COMPENSATION"]},
                         {"label": "Kommun", "codes": ["SOCIAL_ASSISTANCE"]}]}, "values": ["count", "shareOfTotal"]},
             {"id": "outcomes-by-team", "title": "d", "population": "closures", "rows": {"by": "initiative"},
              "columns": {"by": "standardOutcome"}, "values": ["count", "shareOfRow"]},
             {"id": "party-by-gender", "title": "e", "population": "participants", "rows": {"by": "referringParty"},
              "columns": {"by": "gender"}, "values": ["count", "shareOfRow", "shareOfColumn"]},
             {"id": "units", "title": "f", "population": "participants", "rows": {"by": "referringUnit"},
              "values": ["count", "shareOfTotal"]},
             {"id": "throughput", "title": "g", "population": "measuredClosures", "rows": {"by": "gender"},
              "columns": {"by": "initiative"}, "values": ["count", "mean:throughputMonths", "median:throughputMonths"]},
             {"id": "years", "title": "h", "population": "participants",
              "rows": {"by": "yearsInPublicSupport", "bands": [[0, 1], [2, 5], [6, null]]},
              "columns": {"by": "homeMunicipality"}, "values": ["count", "mean:yearsInPublicSupport"]},
             {"id": "referrals", "title": "i", "population": "referrals", "rows": {"by": "referringParty"},
              "values": ["count", "mean:daysToEnrolment", "median:daysToEnrolment"]},
             {"id": "training", "title": "j", "population": "workTraining", "rows": {"by": "workTrainingSector"},
              "columns": {"by": "gender"}, "values": ["count", "shareOfTotal"]}]}""";

    @Test
    void tenTablesBesideTheNationalReport() throws Exception {
        List<CurrentJourney> all = ReportComputationBenchmark.journeys(ReportComputationBenchmark.JOURNEYS, new Random(42));
        Map<String, List<CurrentJourney>> byInitiative = new LinkedHashMap<>();
        all.forEach(j -> byInitiative.computeIfAbsent(j.initiative(), k -> new ArrayList<>()).add(j));
        List<JourneyColumns> columns = byInitiative.values().stream().map(JourneyColumns::of).toList();
        Set<String> scope = new TreeSet<>(byInitiative.keySet());
        TableDefinition definition = DefinitionReader.read((ObjectNode) RandomTableDefinitions.JSON.readTree(
                System.getProperty("tables.definition") == null ? TEN_TABLES
                        : Files.readString(Path.of(System.getProperty("tables.definition"))))).definition();
        ReportPeriod period = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        JourneyColumns selected = JourneyColumns.mayCount(columns,
                new ReportPeriod(period.oneYearEarlier().from(), period.to()));
        System.out.printf("journeys: %,d; that may count in the two years: %,d%n", all.size(), selected.size());

        Map<String, Supplier<Object>> runs = new LinkedHashMap<>();
        runs.put("national report, compare", () -> {
            ReportComparison comparison = ReportComparison.compute(selected, period);
            return List.of(comparison.current().render(), comparison.previous(), comparison.change());
        });
        runs.put("ten tables, compare", () -> {
            List<ComputedTable> tables = TableEngine.compare(definition, scope, CountedJourneys.of(selected, period),
                    CountedJourneys.of(selected, period.oneYearEarlier()));
            return tables.stream().map(t -> List.of(t.current().render(Set.of()), t.previous().render(Set.of()),
                    t.change(Set.of()))).toList();
        });
        runs.put("national report", () -> ParticipantReportDefinitions.compute(selected, period).render());
        runs.put("ten tables", () -> TableEngine.compute(definition, scope, CountedJourneys.of(selected, period)).stream()
                .map(t -> t.current().render(Set.of())).toList());
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        int rounds = ReportComputationBenchmark.ROUNDS;
        runs.keySet().forEach(name -> times.put(name, new long[rounds]));
        runs.keySet().forEach(name -> cpu.put(name, new long[rounds]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = -ReportComputationBenchmark.WARM_UP; round < rounds; round++) {
            for (Map.Entry<String, Supplier<Object>> run : runs.entrySet()) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                ReportComputationBenchmark.sink = run.getValue().get();
                if (round >= 0) {
                    times.get(run.getKey())[round] = System.nanoTime() - start;
                    cpu.get(run.getKey())[round] = threads.getCurrentThreadCpuTime() - startCpu;
                }
            }
        }
        // CPU time of the asking thread: on a busy machine closer to the work done than the wall clock (a
        // comparison's earlier year, on another thread, is not in it).
        times.forEach((name, nanos) -> {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            long[] used = cpu.get(name).clone();
            Arrays.sort(used);
            System.out.printf("%-26s p50 %6.1f ms  p95 %6.1f ms   this thread's CPU p50 %6.1f ms%n", name,
                    sorted[rounds / 2] / 1e6, sorted[(int) (rounds * 0.95) - 1] / 1e6, used[rounds / 2] / 1e6);
        });
    }
}
