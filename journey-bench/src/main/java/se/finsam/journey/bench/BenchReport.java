package se.finsam.journey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The markdown section of one run: the machine and versions, every figure per size with its target, its ratio to the
 * raw baseline and how its per-event cost grew between the sizes, and each missed target with by how much. It
 * replaces the section between the markers in docs/benchmarks.md (or is appended), so the file keeps the latest run.
 */
final class BenchReport {

    static final String BEGIN = "<!-- journey-bench:begin -->";
    static final String END = "<!-- journey-bench:end -->";
    private static final double MB = 1024 * 1024;

    private final Map<Integer, Map<String, Double>> results;
    private final Path jar;
    private final String postgresVersion;
    private final List<String> jvm;
    private final List<String> misses = new ArrayList<>();

    BenchReport(Map<Integer, Map<String, Double>> results, Path jar, String postgresVersion, List<String> jvm) {
        this.results = results;
        this.jar = jar;
        this.postgresVersion = postgresVersion;
        this.jvm = jvm;
    }

    String markdown() throws IOException {
        List<Integer> sizes = new ArrayList<>(results.keySet());
        int first = sizes.get(0);
        int last = sizes.get(sizes.size() - 1);
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append('\n');
        md.append("## journey-bench, ").append(LocalDate.now()).append(": every figure in one run\n\n");
        md.append("Machine: ").append(Machine.describe()).append(". Versions: Java ").append(System.getProperty("java.version"))
                .append(" (").append(System.getProperty("java.vm.name")).append("), PostgreSQL ").append(postgresVersion)
                .append(" (embedded, fsync and synchronous commit on), Axon ").append(libraryVersion("axon-messaging"))
                .append(", Spring Boot ").append(libraryVersion("spring-boot")).append(". Service JVM options: ")
                .append(jvm.isEmpty() ? "none (default heap, max " + Machine.defaultMaxHeapMb() + " MB)" : String.join(" ", jvm))
                .append(". Data: generated journeys (`se.finsam.journey.generator`), ten initiatives per association, ten years; "
                        + "the service is started afresh on a new database for each size.\n\n");
        md.append("| measure | target |");
        sizes.forEach(size -> md.append(String.format(" %,d events |", size)));
        md.append(String.format(" per-event cost %,d → %,d |%n", first, last));
        md.append("|---|---|").append("---|".repeat(sizes.size())).append("---|\n");
        rate(md, "bulk import over HTTP, records/s (ratio to JDBC; to COPY)", "≥ 20,000; ≥ 0.25 × raw", "import.rate",
                20_000, "import.jdbc.rate", "import.copy.rate", true);
        rate(md, "raw: plain batched JDBC insert of the same rows, rows/s", "—", "import.jdbc.rate", 0, null, null, false);
        rate(md, "raw: PostgreSQL COPY of the same rows, rows/s", "—", "import.copy.rate", 0, null, null, false);
        for (int clients : SizeRun.CLIENTS) {
            api(md, clients);
        }
        rate(md, "read-model rebuild, events/s (ratio to raw read)", "≥ 50,000; ≥ 0.25 × raw", "rebuild.rate", 50_000,
                "rebuild.raw.rate", null, true);
        rate(md, "raw: sequential read and deserialisation of the event table, events/s", "—", "rebuild.raw.rate", 0, null,
                null, false);
        latency(md, "report, initiative-year, p50 / p95 ms", "p95 < 100 ms", "report.initiative", 100);
        latency(md, "report, association-year, p50 / p95 ms", "p95 < 100 ms", "report.association", 100);
        latency(md, "`asOf` report, initiative-year, p50 / p95 ms", "—", "report.asof", 0);
        latency(md, "lineage of `participants.total`, association-year, p50 / p95 ms", "—", "lineage", 0);
        tables(md);
        memory(md);
        md.append("| wall time of the size (import, baselines, API, rebuild, reports, tables), s | — |");
        sizes.forEach(size -> md.append(String.format(" %,.0f |", results.get(size).get("wall.seconds"))));
        md.append(" |\n");
        md.append("| host speed: SHA-256 on one core, MB/s, before / after the size | — |");
        sizes.forEach(size -> md.append(String.format(" %,.0f / %,.0f |", get(size, "machine.sha256.before"),
                get(size, "machine.sha256.after"))));
        md.append(" |\n\n");
        md.append("The host speed row is there to compare runs: this machine is a virtual one whose speed changes by "
                + "up to about 1.8× from hour to hour (other guests on its host), and every figure above moves with it.\n\n");
        md.append("Every phase is timed warm, as a running service would be: the timed import follows an untimed one of "
                + String.format("%,d", SizeRun.WARM_UP_RECORDS) + " records of other journeys (they stay in the store, "
                + "and the rebuild reads them too); the API phase follows 5 s of posting at 8 clients; latencies are over "
                + "HTTP at steady state (every question asked once before it is timed, its manifest sealed). "
                + "API figures are N clients each posting single records of journeys of their own over a keep-alive "
                + "connection for a fixed time. Per-event cost is time per event at the larger size divided by that at the "
                + "smaller (for latencies: the latency ratio); the target is at most 1.5×.\n\n");
        if (misses.isEmpty()) {
            md.append("Every target was met in this run.\n");
        } else {
            md.append("**Missed in this run:**\n");
            misses.forEach(miss -> md.append("- ").append(miss).append('\n'));
        }
        return md.append(END).append('\n').toString();
    }

    private double get(int size, String key) {
        Double value = results.get(size).get(key);
        return value == null ? Double.NaN : value;
    }

    private int first() {
        return results.keySet().iterator().next();
    }

    private int last() {
        return new ArrayList<>(results.keySet()).get(results.size() - 1);
    }

    private void rate(StringBuilder md, String label, String target, String key, double least, String raw, String raw2,
                      boolean growthTarget) {
        md.append("| ").append(label).append(" | ").append(target).append(" |");
        for (int size : results.keySet()) {
            double value = get(size, key);
            md.append(String.format(" %,.0f", value));
            if (raw != null) {
                double ratio = value / get(size, raw);
                md.append(String.format(" (%.2f%s)", ratio, raw2 == null ? "" : String.format("; %.2f", value / get(size, raw2))));
                if (ratio < 0.25) {
                    misses.add(String.format("%s at %,d events: %.2f of raw, short of 0.25 by %.0f %%", label, size, ratio,
                            (0.25 - ratio) / 0.25 * 100));
                }
            }
            if (least > 0 && value < least) {
                misses.add(String.format("%s at %,d events: %,.0f, short of %,.0f by %.0f %%", label, size, value, least,
                        (least - value) / least * 100));
                md.append(" ✘");
            }
            md.append(" |");
        }
        double growth = get(first(), key) / get(last(), key);
        md.append(String.format(" %.2f× |%n", growth));
        if (growthTarget && results.size() > 1 && growth > 1.5) {
            misses.add(String.format("per-event cost of %s grew %.2f× from %,d to %,d events (target ≤ 1.5×)", label, growth,
                    first(), last()));
        }
    }

    private void api(StringBuilder md, int clients) {
        boolean target = clients == 32;
        md.append(String.format("| API, %d client%s: records/s; p50 / p99 ms | %s |", clients, clients == 1 ? "" : "s",
                target ? "≥ 1,000/s; p99 < 50 ms" : "—"));
        for (int size : results.keySet()) {
            double rate = get(size, "api.c" + clients + ".rate");
            double p99 = get(size, "api.c" + clients + ".p99");
            boolean missed = target && (rate < 1000 || p99 >= 50);
            md.append(String.format(" %,.0f; %.1f / %.1f%s |", rate, get(size, "api.c" + clients + ".p50"), p99,
                    missed ? " ✘" : ""));
            if (target && rate < 1000) {
                misses.add(String.format("API at 32 clients, %,d events: %,.0f records/s, short of 1,000 by %.0f %%", size,
                        rate, (1000 - rate) / 10));
            }
            if (target && p99 >= 50) {
                misses.add(String.format("API at 32 clients, %,d events: p99 %.1f ms, over 50 ms by %.0f %%", size, p99,
                        (p99 - 50) / 50 * 100));
            }
        }
        md.append(String.format(" %.2f× |%n", get(first(), "api.c" + clients + ".rate") / get(last(), "api.c" + clients + ".rate")));
    }

    private void latency(StringBuilder md, String label, String target, String key, double most) {
        md.append("| ").append(label).append(" | ").append(target).append(" |");
        for (int size : results.keySet()) {
            double p95 = get(size, key + ".p95");
            md.append(String.format(" %.0f / %.0f%s |", get(size, key + ".p50"), p95, most > 0 && p95 >= most ? " ✘" : ""));
            if (most > 0 && p95 >= most) {
                misses.add(String.format("%s at %,d events: p95 %.0f ms, over %.0f ms by %.0f %%", label, size, p95, most,
                        (p95 - most) / most * 100));
            }
        }
        md.append(String.format(" %.2f× |%n", get(last(), key + ".p95") / get(first(), key + ".p95")));
    }

    /**
     * Issue 13: the ten tables beside the report over the same association-years (p95 within 2× of the report's), and
     * the lineage and difference of the large cell (p95 under 2 s), with the number of journeys in that cell.
     */
    private void tables(StringBuilder md) {
        md.append("| analysts' tables: a definition of ten tables, association-year, p50 / p95 ms (p95 ÷ the report's) "
                + "| p95 ≤ 2 × the report's |");
        for (int size : results.keySet()) {
            double p95 = get(size, "tables.association.p95");
            double ratio = p95 / get(size, "report.association.p95");
            md.append(String.format(" %.0f / %.0f (%.1f×)%s |", get(size, "tables.association.p50"), p95, ratio,
                    ratio > 2 ? " ✘" : ""));
            if (ratio > 2) {
                misses.add(String.format("ten tables, association-year, at %,d events: p95 %.0f ms, %.1f× the report's "
                        + "%.0f ms, over 2× by %.0f %%", size, p95, ratio, get(size, "report.association.p95"),
                        (ratio - 2) / 2 * 100));
            }
        }
        md.append(String.format(" %.2f× |%n", get(last(), "tables.association.p95") / get(first(), "tables.association.p95")));
        md.append("| the large table cell: journeys in it (records of its association-year of its own) | — |");
        results.keySet().forEach(size -> md.append(String.format(" %,.0f (%,.0f) |", get(size, "tables.cell.journeys"),
                get(size, "tables.cell.records"))));
        md.append(" |\n");
        latency(md, "lineage of that cell, p50 / p95 ms", "p95 < 2,000 ms", "tables.cell.lineage", 2000);
        latency(md, "difference of that cell from the report's `" + TableMeasures.AGAINST_CELL + "`, p50 / p95 ms",
                "p95 < 2,000 ms", "tables.cell.difference", 2000);
    }

    private void memory(StringBuilder md) {
        md.append("| service heap during the rebuild: peak in use; live after it (full GC), MB | peak ≤ 512 MB |");
        for (int size : results.keySet()) {
            double peak = get(size, "memory.heap.peak") / MB;
            md.append(String.format(" %,.0f; %,.0f%s |", peak, get(size, "memory.heap.live") / MB, peak > 512 ? " ✘" : ""));
            if (peak > 512) {
                misses.add(String.format("heap at %,d events: %,.0f MB in use at the peak of the rebuild, over 512 MB by %.0f %% "
                        + "(live after a full GC: %,.0f MB)", size, peak, (peak - 512) / 512 * 100,
                        get(size, "memory.heap.live") / MB));
            }
        }
        md.append(String.format(" %.2f× |%n", get(last(), "memory.heap.live") / get(first(), "memory.heap.live")));
        md.append("| service resident memory, peak during the rebuild (VmHWM), MB | — |");
        for (int size : results.keySet()) {
            md.append(String.format(" %,.0f |", get(size, "memory.rss.peak") / MB));
        }
        md.append(String.format(" %.2f× |%n", get(last(), "memory.rss.peak") / get(first(), "memory.rss.peak")));
    }

    /** The version of a library inside the service's jar, from its file name under BOOT-INF/lib. */
    private String libraryVersion(String artifact) throws IOException {
        Pattern name = Pattern.compile("BOOT-INF/lib/" + Pattern.quote(artifact) + "-(\\d[^/]*)\\.jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                Matcher matcher = name.matcher(entries.nextElement().getName());
                if (matcher.matches()) {
                    return matcher.group(1);
                }
            }
        }
        return "unknown";
    }

    static void writeInto(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin >= 0 && end > begin) {
            text = text.substring(0, begin) + section + text.substring(end + END.length() + 1);
        } else {
            text = text + (text.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        Files.writeString(file, text);
    }
}
