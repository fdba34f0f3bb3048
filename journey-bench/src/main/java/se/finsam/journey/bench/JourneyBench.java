package se.finsam.journey.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/run [sizes]}: every benchmark figure of issue 7 in one run on one machine and one database server.
 * Starts an embedded PostgreSQL (fsync and synchronous commit on, as the service's own), and for each size a fresh
 * database and a fresh service process from the jar; measures it from outside ({@link SizeRun}) and writes one
 * section into {@code docs/benchmarks.md} ({@link BenchReport}).
 */
public final class JourneyBench {

    private JourneyBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("sizes", "100000,1000000",
                "service", "journey-api/target/journey-api.jar", "out", "docs/benchmarks.md", "api-seconds", "10",
                "work", "journey-bench/target/bench", "service-jvm", "", "cell-journeys", "30000"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2))) {
                System.err.println("unknown option " + args[i] + "; options: " + options.keySet());
                System.exit(2);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        int[] sizes = Arrays.stream(options.get("sizes").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        Path jar = Path.of(options.get("service"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no service jar at " + jar.toAbsolutePath() + "; build it first");
        }
        Path work = Files.createDirectories(Path.of(options.get("work")));
        List<String> jvm = options.get("service-jvm").isBlank() ? List.of()
                : List.of(options.get("service-jvm").trim().split("\\s+"));
        Map<Integer, Map<String, Double>> results = new LinkedHashMap<>();
        String postgresVersion;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200").setCleanDataDirectory(true)
                .setDataDirectory(work.resolve("postgres")).start()) {
            for (int size : sizes) {
                String database = "bench_" + size;
                try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
                    admin.createStatement().execute("DROP DATABASE IF EXISTS " + database);
                    admin.createStatement().execute("CREATE DATABASE " + database);
                }
                String url = postgres.getJdbcUrl("postgres", database);
                RawBaselines raw = new RawBaselines(url);
                long start = System.nanoTime();
                System.out.printf("journey-bench: %,d events …%n", size);
                try (Service service = new Service(jar, url, jvm, work.resolve("service-" + size + ".log"))) {
                    SizeRun run = new SizeRun(size, service, raw, Double.parseDouble(options.get("api-seconds")),
                            Integer.parseInt(options.get("cell-journeys")));
                    run.figures.put("machine.sha256.before", Machine.sha256MegabytesPerSecond());
                    run.run();
                    run.figures.put("machine.sha256.after", Machine.sha256MegabytesPerSecond());
                    run.figures.put("wall.seconds", (System.nanoTime() - start) / 1e9);
                    results.put(size, run.figures);
                    System.out.println("journey-bench: " + size + " → " + run.figures);
                }
            }
            postgresVersion = new RawBaselines(postgres.getJdbcUrl("postgres", "postgres")).text("SHOW server_version");
        }
        String section = new BenchReport(results, jar, postgresVersion, jvm).markdown();
        Files.writeString(work.resolve("benchmarks.md"), section);
        BenchReport.writeInto(Path.of(options.get("out")), section);
        System.out.println(section);
    }
}
