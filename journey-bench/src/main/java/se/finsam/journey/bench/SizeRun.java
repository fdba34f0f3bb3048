package se.finsam.journey.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import se.finsam.journey.generator.GeneratedRecord;
import se.finsam.journey.generator.GeneratorSettings;
import se.finsam.journey.generator.JourneyGenerator;

/**
 * Every measure at one size, against a fresh database and a freshly started service: bulk import next to JDBC and
 * COPY, single records over HTTP at 1, 8 and 32 clients, the rebuild next to a raw read with the service's memory
 * watched, then report, as-of and lineage latencies beside those of an analyst's ten tables ({@link TableMeasures}),
 * and last the lineage and difference of a large table cell.
 */
final class SizeRun {

    static final int IMPORT_REQUEST_LINES = 100_000;
    static final int WARM_UP_RECORDS = 20_000;
    static final int[] CLIENTS = {1, 8, 32};

    private final int events;
    private final Service service;
    private final RawBaselines raw;
    private final double apiSeconds;
    private final int cellJourneys;
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).minusDays(1);
    final Map<String, Double> figures = new LinkedHashMap<>();

    SizeRun(int events, Service service, RawBaselines raw, double apiSeconds, int cellJourneys) {
        this.events = events;
        this.service = service;
        this.raw = raw;
        this.apiSeconds = apiSeconds;
        this.cellJourneys = cellJourneys;
    }

    private GeneratorSettings settings(long seed) {
        // About 200 records per initiative-year: ten initiatives per association over ten years.
        int associations = events / (10 * 10 * 200) + 1;
        return new GeneratorSettings(associations, 10, 10, today.getYear() - 10, 0, seed, false, today);
    }

    void run() throws Exception {
        JourneyGenerator generator = new JourneyGenerator(settings(7));
        for (JourneyGenerator.Initiative initiative : generator.initiatives()) {
            service.json("PUT", "/api/v1/initiatives/" + initiative.code(), "application/json",
                    "{\"name\":\"" + initiative.name() + "\",\"association\":\"" + initiative.association() + "\"}");
        }
        warmUpImport();
        awaitQuiet();
        bulkImport(generator);
        awaitQuiet();
        double[] baselines = raw.insertAndCopy();
        figures.put("import.jdbc.rate", baselines[2] / baselines[0]);
        figures.put("import.copy.rate", baselines[2] / baselines[1]);
        singleRecords(new JourneyGenerator(settings(8)));
        awaitQuiet();
        rebuild();
        TableMeasures tables = new TableMeasures(this, service, cellJourneys, today);
        reports(tables);
        tables.largeCell();
    }

    /**
     * {@value #WARM_UP_RECORDS} records of journeys of their own, imported untimed, so that the timed import runs
     * on compiled code as every other phase does (the API phase posts for a while first; each report question is
     * asked once before it is timed). They stay in the store: the rebuild reads them too.
     */
    private void warmUpImport() throws Exception {
        List<String> lines = new ArrayList<>();
        new JourneyGenerator(settings(9)).journeys(journey -> {
            journey.forEach(record -> lines.add(record.withJourneyId("warm-" + record.journeyId()).toJson()));
            return lines.size() < WARM_UP_RECORDS;
        });
        JsonNode result = post(String.join("\n", lines));
        if (result.path("accepted").asLong() != lines.size()) {
            throw new IllegalStateException("the warm-up import accepted " + result.path("accepted") + " of "
                    + lines.size() + " records: " + result);
        }
    }

    /**
     * Generated records in requests of {@value #IMPORT_REQUEST_LINES} lines; only the requests are timed, and a request
     * is generated just before it is sent, so that ten million records never sit in memory at once.
     */
    private void bulkImport(JourneyGenerator generator) throws Exception {
        List<String> request = new ArrayList<>(IMPORT_REQUEST_LINES + 100);
        long[] accepted = {0, 0};
        long[] nanos = {0};
        generator.journeys(journey -> {
            journey.forEach(record -> request.add(record.toJson()));
            boolean more = accepted[1] + request.size() < events;
            if (request.size() >= IMPORT_REQUEST_LINES || !more) {
                long start = System.nanoTime();
                JsonNode result = post(String.join("\n", request));
                nanos[0] += System.nanoTime() - start;
                accepted[0] += result.path("accepted").asLong();
                accepted[1] += request.size();
                request.clear();
            }
            return more;
        });
        if (accepted[0] != accepted[1]) {
            throw new IllegalStateException("the import accepted " + accepted[0] + " of " + accepted[1] + " generated records");
        }
        double seconds = nanos[0] / 1e9;
        figures.put("events", (double) accepted[0]);
        figures.put("journeys", (double) raw.count("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry "
                + "WHERE aggregateidentifier NOT LIKE 'warm-%'"));
        figures.put("import.seconds", seconds);
        figures.put("import.rate", accepted[0] / seconds);
    }

    JsonNode post(String ndjson) {
        try {
            return service.json("POST", "/api/v1/imports", "application/x-ndjson", ndjson);
        } catch (Exception e) {
            throw new IllegalStateException("an import request failed", e);
        }
    }

    /** Waits until the read model has every event and the hash chain links them all, so what follows runs alone. */
    void awaitQuiet() throws Exception {
        long head = raw.count("SELECT coalesce(max(globalindex), 0) FROM domainevententry");
        for (int i = 0; i < 36_000; i++) {
            boolean caughtUp = service.get("/api/v1/admin/read-models").get(0).path("lag").asLong() == 0;
            if (caughtUp && service.get("/api/v1/audit/chain-head").path("position").asLong() >= head) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the read model or the hash chain did not catch up within 30 minutes");
    }

    /** N clients, each posting single records of journeys of its own over a keep-alive connection, for a fixed time. */
    private void singleRecords(JourneyGenerator generator) throws Exception {
        List<List<GeneratedRecord>> journeys = new ArrayList<>();
        generator.journeys(journey -> journeys.add(journey) && journeys.size() < 20_000);
        int[] next = {0};
        postFor(8, 5, journeys, next, "warm");
        for (int clients : CLIENTS) {
            List<Double> latencies = postFor(clients, apiSeconds, journeys, next, "c" + clients);
            double[] millis = latencies.stream().mapToDouble(Double::doubleValue).toArray();
            Timings timings = Timings.of(millis);
            figures.put("api.c" + clients + ".rate", millis.length / apiSeconds);
            figures.put("api.c" + clients + ".p50", timings.percentile(50));
            figures.put("api.c" + clients + ".p99", timings.percentile(99));
        }
    }

    private List<Double> postFor(int clients, double seconds, List<List<GeneratedRecord>> journeys, int[] next,
                                 String prefix) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Double> millis = new ArrayList<>();
                try (KeepAliveConnection connection = service.connect()) {
                    while (!stop.get()) {
                        List<GeneratedRecord> journey;
                        int taken;
                        synchronized (next) {
                            taken = next[0]++;
                        }
                        journey = journeys.get(taken % journeys.size());
                        // The id is the number this client took: read outside the lock, two clients could share one.
                        String id = "api-" + prefix + "-" + taken;
                        for (GeneratedRecord record : journey) {
                            if (stop.get()) {
                                break;
                            }
                            String body = record.withJourneyId(id).toJson();
                            long start = System.nanoTime();
                            KeepAliveConnection.Answer answer = connection.post("/api/v1/journeys/" + id + "/records",
                                    "application/json", body);
                            millis.add((System.nanoTime() - start) / 1e6);
                            if (answer.status() != 201) {
                                throw new IllegalStateException("a single record was refused: " + answer.body());
                            }
                        }
                    }
                }
                return millis;
            }));
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        return all;
    }

    private void rebuild() throws Exception {
        raw.readAndDeserialise(); // once for the JIT of this process, as the service's rebuild code is warm
        double[] read = raw.readAndDeserialise();
        figures.put("rebuild.raw.rate", read[1] / read[0]);
        service.collectGarbage();
        service.resetPeakResident();
        long peakHeap = service.heapUsed();
        long start = System.nanoTime();
        service.json("POST", "/api/v1/admin/read-models/journey-facts/rebuild", "application/json", "");
        JsonNode rebuild;
        while (true) {
            peakHeap = Math.max(peakHeap, service.heapUsed());
            rebuild = service.get("/api/v1/admin/read-models").get(0).path("rebuild");
            if (rebuild.path("state").asText().matches("DONE|FAILED")) {
                break;
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!rebuild.path("state").asText().equals("DONE")) {
            throw new IllegalStateException("the rebuild failed: " + rebuild);
        }
        long stored = raw.count("SELECT count(*) FROM domainevententry");
        figures.put("rebuild.seconds", seconds);
        figures.put("rebuild.rate", stored / seconds);
        figures.put("memory.heap.peak", (double) peakHeap);
        figures.put("memory.rss.peak", (double) service.status("VmHWM"));
        service.collectGarbage();
        figures.put("memory.heap.live", (double) service.heapUsed());
    }

    private void reports(TableMeasures tables) throws Exception {
        List<String> initiatives = new JourneyGenerator(settings(7)).initiatives().stream()
                .filter(i -> i.association().equals("vastmanland")).map(JourneyGenerator.Initiative::code).toList();
        int lastYear = today.getYear() - 1;
        IntFunction<String> initiativeYear = i -> "initiative=" + initiatives.get(i % initiatives.size()) + "&from="
                + (lastYear - i % 5) + "-01-01&to=" + (lastYear - i % 5) + "-12-31";
        IntFunction<String> associationYear = i -> "association=vastmanland&from=" + (lastYear - i % 5) + "-01-01&to="
                + (lastYear - i % 5) + "-12-31";
        put("report.initiative", latencies(60, i -> "/api/v1/reports/participants?" + initiativeYear.apply(i)), 95);
        put("report.association", latencies(60, i -> "/api/v1/reports/participants?" + associationYear.apply(i)), 95);
        tables.tenTablesOver(associationYear);
        String asOf = Instant.now().toString();
        put("report.asof", latencies(20, i -> "/api/v1/reports/participants?" + initiativeYear.apply(i) + "&asOf=" + asOf), 95);
        put("lineage", latencies(20, i -> "/api/v1/reports/participants/lineage?" + associationYear.apply(i)
                + "&cell=participants.total"), 95);
    }

    void put(String key, Timings timings, int high) {
        figures.put(key + ".p50", timings.percentile(50));
        figures.put(key + ".p" + high, timings.percentile(high));
    }

    /**
     * Steady-state latencies: each distinct question is asked once first (for the JIT, and so that its manifest is
     * sealed: sealing folds the scope in the background once per new manifest, which would otherwise be timed).
     */
    Timings latencies(int requests, IntFunction<String> path) throws Exception {
        Set<String> manifests = new LinkedHashSet<>();
        for (int i = 0; i < requests; i++) {
            JsonNode answer = service.get(path.apply(i));
            if (answer.hasNonNull("manifest")) {
                manifests.add(answer.path("manifest").asText());
            }
        }
        for (String manifest : manifests) {
            service.get("/api/v1/reports/manifests/" + manifest);
        }
        return Timings.time(requests, i -> service.get(path.apply(i)));
    }
}
