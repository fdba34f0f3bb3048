package se.finsam.journey.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void aMissedTargetIsNamedWithHowMuchAndTheGrowthBetweenSizesIsShown() throws Exception {
        Map<Integer, Map<String, Double>> results = new LinkedHashMap<>();
        results.put(100_000, figures(25_000, 60_000));
        results.put(1_000_000, figures(15_000, 60_000));
        String markdown = new BenchReport(results, jar(), "15.19", List.of()).markdown();
        assertThat(markdown).startsWith(BenchReport.BEGIN).endsWith(BenchReport.END + "\n")
                .contains("Axon 4.13.0", "Spring Boot 3.5.16", "PostgreSQL 15.19", "100,000 events", "1,000,000 events")
                .contains("at 1,000,000 events: 15,000, short of 20,000 by 25 %")
                .contains("per-event cost of bulk import over HTTP, records/s (ratio to JDBC; to COPY) grew 1.67×")
                .doesNotContain("at 100,000 events: 25,000, short");
    }

    @Test
    void theSingleRecordApiMissAt100000EventsIsMarkedInItsRowAndListed() throws Exception {
        Map<Integer, Map<String, Double>> results = new LinkedHashMap<>();
        results.put(100_000, figures(25_000, 60_000));
        results.put(1_000_000, figures(25_000, 60_000));
        results.get(100_000).put("api.c32.p99", 76.3);
        results.get(100_000).put("api.c32.rate", 1_198.0);
        String markdown = new BenchReport(results, jar(), "15.19", List.of()).markdown();
        assertThat(row(markdown, "| API, 32 clients")).contains("1,198; 5.0 / 76.3 ✘ |", "2,000; 5.0 / 20.0 |");
        assertThat(markdown).contains("**Missed in this run:**\n- API at 32 clients, 100,000 events: p99 76.3 ms, over "
                + "50 ms by 53 %\n" + BenchReport.END);
        assertThat(row(markdown, "| API, 8 clients")).doesNotContain("✘");
    }

    @Test
    void tenTablesAreJudgedAgainstTheReportOfTheSameSizeAndTheLargeCellAgainstTwoSeconds() throws Exception {
        Map<Integer, Map<String, Double>> results = new LinkedHashMap<>();
        results.put(100_000, figures(25_000, 60_000));
        results.put(1_000_000, figures(25_000, 60_000));
        results.get(100_000).put("tables.association.p95", 40.0); // the report's is 20 ms: 2×, met
        results.get(1_000_000).put("tables.association.p95", 50.0); // 2.5×: missed
        results.get(1_000_000).put("tables.cell.difference.p95", 2_400.0);
        String markdown = new BenchReport(results, jar(), "15.19", List.of()).markdown();
        assertThat(row(markdown, "| analysts' tables")).contains("| 30 / 40 (2.0×) |", "| 30 / 50 (2.5×) ✘ |");
        assertThat(row(markdown, "| the large table cell")).contains("| 30,000 (210,000) |");
        assertThat(row(markdown, "| lineage of that cell")).doesNotContain("✘");
        assertThat(row(markdown, "| difference of that cell")).contains("| 900 / 2400 ✘ |");
        assertThat(markdown).contains("- ten tables, association-year, at 1,000,000 events: p95 50 ms, 2.5× the report's "
                        + "20 ms, over 2× by 25 %",
                "- difference of that cell from the report's `participants.total`, p50 / p95 ms at 1,000,000 events: "
                        + "p95 2400 ms, over 2000 ms by 20 %")
                .doesNotContain("at 100,000 events: p95 40 ms");
    }

    @Test
    void theSectionReplacesTheEarlierOneAndKeepsTheRestOfTheFile() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\nintro\n");
        BenchReport.writeInto(file, BenchReport.BEGIN + "\nfirst\n" + BenchReport.END + "\n");
        Files.writeString(file, Files.readString(file) + "older sections\n");
        BenchReport.writeInto(file, BenchReport.BEGIN + "\nsecond\n" + BenchReport.END + "\n");
        assertThat(Files.readString(file)).isEqualTo("# Benchmarks\nintro\n\n" + BenchReport.BEGIN + "\nsecond\n"
                + BenchReport.END + "\nolder sections\n");
    }

    private static Map<String, Double> figures(double importRate, double rebuildRate) {
        Map<String, Double> f = new HashMap<>();
        f.put("import.rate", importRate);
        f.put("import.jdbc.rate", 40_000.0);
        f.put("import.copy.rate", 100_000.0);
        f.put("rebuild.rate", rebuildRate);
        f.put("rebuild.raw.rate", 150_000.0);
        for (int clients : SizeRun.CLIENTS) {
            f.put("api.c" + clients + ".rate", 2_000.0);
            f.put("api.c" + clients + ".p50", 5.0);
            f.put("api.c" + clients + ".p99", 20.0);
        }
        for (String key : List.of("report.initiative", "report.association", "report.asof", "lineage")) {
            f.put(key + ".p50", 10.0);
            f.put(key + ".p95", 20.0);
        }
        f.put("tables.association.p50", 30.0);
        f.put("tables.association.p95", 35.0);
        f.put("tables.cell.journeys", 30_000.0);
        f.put("tables.cell.records", 210_000.0);
        for (String key : List.of("tables.cell.lineage", "tables.cell.difference")) {
            f.put(key + ".p50", 900.0);
            f.put(key + ".p95", 1_100.0);
        }
        f.put("memory.heap.peak", 300.0 * 1024 * 1024);
        f.put("memory.heap.live", 100.0 * 1024 * 1024);
        f.put("memory.rss.peak", 800.0 * 1024 * 1024);
        f.put("wall.seconds", 100.0);
        return f;
    }

    private static String row(String markdown, String start) {
        return markdown.lines().filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + start));
    }

    private Path jar() throws Exception {
        Path jar = dir.resolve("service.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("BOOT-INF/lib/axon-messaging-4.13.0.jar"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("BOOT-INF/lib/spring-boot-3.5.16.jar"));
            zip.closeEntry();
        }
        return jar;
    }
}
