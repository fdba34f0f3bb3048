package se.finsam.journey.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bulk import through the real HTTP endpoint, next to the physical baseline: plain batched JDBC inserts of
 * the same rows (the events the import stored, byte for byte) into a scratch table of the same shape, on the
 * same database, in the same run, with the same number of rows per transaction.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBenchmark {

    static final int RECORDS = Integer.getInteger("benchmark.records", 100_000);
    static final String PASSWORD = "benchmark-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("journey-bench-");
        registry.add("journey.data-dir", dir::toString);
        registry.add("journey.bootstrap-admin-password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importRateNextToBatchedJdbcInserts() throws Exception {
        List<String> initiatives = List.of("fns", "vasteras", "sala", "hallstahammar", "surahammar");
        for (String code : initiatives) {
            send("PUT", "/api/v1/initiatives/" + code, "application/json",
                    "{\"name\":\"Team " + code + "\",\"association\":\"vastmanland\"}");
        }
        LocalDate first = LocalDate.of(2019, 1, 1);
        LocalDate last = LocalDate.of(2026, 6, 30);
        double coldSeconds = timedImport(new HistoryGenerator(7, "cold", initiatives, first, last).lines(RECORDS));
        timedImport(new HistoryGenerator(8, "warm", initiatives, first, last).lines(RECORDS));
        List<Double> runs = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            runs.add(timedImport(new HistoryGenerator(42 + run, "j" + run + "-", initiatives, first, last).lines(RECORDS)));
        }
        runs.sort(Double::compare);
        double importSeconds = runs.get(1);
        int accepted = lastAccepted;

        double rawSeconds = batchedInsertOfTheSameRows(accepted);
        double importRate = accepted / importSeconds;
        double rawRate = accepted / rawSeconds;
        String report = String.format("""
                ## Bulk import (issue 2)
                machine: %d cores, %d MiB max heap, %s %s; PostgreSQL embedded (zonky 15.x), fsync on
                - NDJSON import over HTTP, first import after start (JIT cold): %,.0f records/s
                - NDJSON import over HTTP, steady state (median of 3 runs after a warm-up import): %,d records in %.2f s = **%,.0f records/s**
                - plain JDBC batched insert of the same %,d rows (2,000 per transaction): %.2f s = **%,.0f rows/s**
                - import / raw = **%.2f**
                """, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                RECORDS / coldSeconds, accepted, importSeconds, importRate, accepted, rawSeconds, rawRate,
                importRate / rawRate);
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/import.md"), report);
    }

    private int lastAccepted;

    private double timedImport(List<String> lines) throws Exception {
        long start = System.nanoTime();
        JsonNode result = importLines(lines);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.get("rejected").asInt()).as(result.toString()).isZero();
        lastAccepted = result.get("accepted").asInt();
        return seconds;
    }

    private JsonNode importLines(List<String> lines) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/imports", "application/x-ndjson",
                String.join("\n", lines) + "\n");
        return json.readTree(response.body());
    }

    private double batchedInsertOfTheSameRows(int rows) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE scratch_events (LIKE domainevententry INCLUDING ALL)");
            List<Object[]> copy = new ArrayList<>(rows);
            try (ResultSet rs = ddl.executeQuery("SELECT aggregateidentifier, sequencenumber, type, metadata, payload, "
                    + "payloadrevision, payloadtype, timestamp FROM domainevententry WHERE aggregateidentifier LIKE 'j2-%' "
                    + "ORDER BY globalindex LIMIT " + rows)) {
                while (rs.next()) {
                    copy.add(new Object[]{rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4),
                            rs.getBytes(5), rs.getString(6), rs.getString(7), rs.getString(8)});
                }
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scratch_events (aggregateidentifier, "
                    + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Object[] row : copy) {
                    insert.setString(1, (String) row[0]);
                    insert.setLong(2, (Long) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.setString(4, java.util.UUID.randomUUID().toString());
                    insert.setBytes(5, (byte[]) row[3]);
                    insert.setBytes(6, (byte[]) row[4]);
                    insert.setString(7, (String) row[5]);
                    insert.setString(8, (String) row[6]);
                    insert.setString(9, (String) row[7]);
                    insert.addBatch();
                    if (++n % 2000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
