package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * Issue 14's four inputs that exhausted the memory, sent to the real service running in a JVM of its own with a
 * 256 MB heap (the was 512 MB): one NDJSON line of 200 MB, 200 MB of invalid lines (while health keeps
 * answering), a 49 MB CSV of semicolons and an Excel file of 300,000 rows on the import page. Each gets a clear
 * answer, and the service never runs out of memory. The bodies are generated as they are sent, never held whole.
 */
class ImportMemoryIntegrationTests {

    private static final String HEAP = "-Xmx256m";
    private static final String STAFF = "memory-staff";
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    private static Process service;
    private static Path log;
    private static String base;
    private static int port;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void theServiceInAJvmWithASmallHeap() throws Exception {
        Path target = Files.createDirectories(Path.of("target", "integration-data"));
        Path dataDir = Files.createTempDirectory(target, "memory-");
        log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        port = freePort();
        base = "http://localhost:" + port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(java, HEAP, "-Ddisable-axoniq-console-message=true",
                "-cp", System.getProperty("java.class.path"), JourneyApplication.class.getName(),
                "--server.port=" + port, "--journey.data-dir=" + dataDir.toAbsolutePath(), "--journey.db.url=",
                "--journey.bootstrap-admin-password=" + ServiceClient.ADMIN_PASSWORD,
                "--journey.import.page-max-megabytes=50")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (health() != 200) {
            assertThat(service.isAlive()).as("the service started; its log: %s", tail()).isTrue();
            assertThat(Instant.now()).as("the service answers health within 4 minutes; its log: %s", tail())
                    .isBefore(until);
            Thread.sleep(500);
        }
        ServiceClient admin = new ServiceClient(port);
        admin.initiative("mem", "vastmanland");
        admin.user(STAFF, "STAFF", "mem");
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (service != null) {
            service.destroy(); // a graceful stop, which stops its embedded PostgreSQL too
            if (!service.waitFor(90, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
            assertThat(Files.readString(log)).as("the service's log").doesNotContain("OutOfMemoryError");
        }
    }

    @Test
    void oneNdjsonLineOf200MegabytesIsOneRejectedLineAndTheLineAfterItIsStored() {
        String head = "{\"type\":\"referral\",\"journeyId\":\"big-1\",\"recordId\":\"r\",\"referringUnit\":\"";
        String tail = "\"}\n" + referral("big-2") + "\n";
        InputStream body = new Generated(i -> i == 0 ? head : i <= 200 * 1024 ? "x".repeat(1024) : tail, 200 * 1024 + 2);

        HttpResponse<String> answer = postImport(body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode result = json(answer);
        assertThat(result.path("accepted").asInt()).isEqualTo(1);
        assertThat(result.path("rejected").asInt()).isEqualTo(1);
        assertThat(result.path("errors").get(0).path("journeyId").asText()).isEqualTo("big-1");
        assertThat(result.path("errors").get(0).path("message").asText()).contains("longer than 64 KiB");
    }

    @Test
    void twoHundredMegabytesOfInvalidLinesAreAnsweredWithTheFirstThousandErrorsWhileHealthKeepsAnswering()
            throws Exception {
        String sample = invalid(0);
        int lines = (int) (TWO_HUNDRED_MB / (sample.length() + 1));
        AtomicBoolean importing = new AtomicBoolean(true);
        CompletableFuture<List<Long>> healthTimes = CompletableFuture.supplyAsync(() -> healthWhile(importing));

        HttpResponse<String> answer;
        try {
            answer = postImport(new Generated(i -> invalid(i) + "\n", lines));
        } finally {
            importing.set(false);
        }

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode result = json(answer);
        assertThat(result.path("rejected").asInt()).isEqualTo(lines);
        assertThat(result.path("errors")).hasSize(1000);
        assertThat(result.path("errorsOmitted").asInt()).isEqualTo(lines - 1000);
        List<Long> millis = healthTimes.get(1, TimeUnit.MINUTES);
        assertThat(millis).as("health was asked during the import").hasSizeGreaterThan(3);
        assertThat(millis).as("every health answer, in ms").allSatisfy(ms -> assertThat(ms).isLessThan(5_000));
    }

    @Test
    void a49MegabyteCsvOfSemicolonsIsRefusedOnTheImportPageWithTheReason() {
        WebSession staff = WebSession.signedIn(port, STAFF, ServiceClient.PASSWORD);
        byte[] semicolons = ";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\n".repeat(49 * 1024 * 1024 / 50)
                .getBytes(StandardCharsets.US_ASCII);

        Page answer = staff.upload("/app/imports", WebSession.csrf(staff.get("/app/imports").body()), "semikolon.csv",
                semicolons);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("rader men alla är tomma");
    }

    @Test
    void anExcelFileOf300000RowsIsImportedOnTheImportPage() throws Exception {
        byte[] xlsx = excelOf(50_000);
        assertThat(xlsx.length).as("a file of a few megabytes").isBetween(2_000_000, 12_000_000);
        WebSession staff = WebSession.signedIn(port, STAFF, ServiceClient.PASSWORD);

        Page started = staff.upload("/app/imports", WebSession.csrf(staff.get("/app/imports").body()),
                "historik.xlsx", xlsx);

        assertThat(started.status()).as(started.body()).isEqualTo(302);
        String path = started.location().replaceFirst("^https?://[^/]+", "");
        Instant until = Instant.now().plus(Duration.ofMinutes(8));
        Page page = staff.get(path);
        while (!page.body().contains("id=\"totals\"") && !page.body().contains("import-failure")
                && Instant.now().isBefore(until)) {
            assertThat(page.status()).isEqualTo(200);
            Thread.sleep(1000);
            page = staff.get(path);
        }
        // The page writes 300 000 with the Swedish thousands separator.
        assertThat(page.body()).containsPattern("Godtagna: 300.000<").contains("Avvisade: 0")
                .doesNotContain("import-failure");
    }

    /** 300,000 rows: journeys of six records each (referral, enrolment, three assessments, closure). */
    private static byte[] excelOf(int journeys) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Registreringar");
            int r = 0;
            cells(sheet.createRow(r++), "journeyId", "type", "date", "recordId", "initiative", "referringParty",
                    "person.gender", "person.birthYear", "supportBefore", "instrument", "score", "cause",
                    "supportAfter");
            for (int j = 0; j < journeys; j++) {
                String id = "x-" + j;
                cells(sheet.createRow(r++), id, "referral", "2023-01-10", "ref", "mem", "REGION", "WOMAN", "1985",
                        "SICKNESS_BENEFIT");
                cells(sheet.createRow(r++), id, "enrolment", "2023-01-20", "enr");
                for (int a = 1; a <= 3; a++) {
                    cells(sheet.createRow(r++), id, "assessment", "2023-0" + (a + 1) + "-01", "a" + a, "", "", "",
                            "", "", "SELF_RATED_STEP", String.valueOf(a + 3));
                }
                cells(sheet.createRow(r++), id, "closure", "2023-06-01", "clo", "", "", "", "", "", "", "", "WORK",
                        "NO_PUBLIC_SUPPORT");
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static String referral(String journeyId) {
        return "{\"type\":\"referral\",\"journeyId\":\"" + journeyId + "\",\"recordId\":\"r\",\"date\":\"2024-01-10\","
                + "\"initiative\":\"mem\",\"referringParty\":\"REGION\",\"person\":{\"gender\":\"MAN\","
                + "\"birthYear\":1980},\"supportBefore\":\"UNKNOWN\"}";
    }

    /** A line the rules refuse: its initiative does not exist. */
    private static String invalid(int i) {
        return "{\"type\":\"referral\",\"journeyId\":\"bad-" + String.format("%08d", i) + "\",\"recordId\":\"r\","
                + "\"date\":\"2024-01-10\",\"initiative\":\"nowhere\"}";
    }

    private static HttpResponse<String> postImport(InputStream body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/imports"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", basic(STAFF))
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return send(request);
    }

    /** Asks for health every half second while {@code running}; the time each answer took. */
    private static List<Long> healthWhile(AtomicBoolean running) {
        List<Long> millis = new ArrayList<>();
        while (running.get()) {
            long start = System.nanoTime();
            int status = health();
            millis.add(status == 200 ? (System.nanoTime() - start) / 1_000_000 : Long.MAX_VALUE);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return millis;
            }
        }
        return millis;
    }

    private static int health() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the service's log: " + tail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return ServiceClient.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ServiceClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A body of {@code count} pieces made as they are read, so that hundreds of megabytes are never held. */
    private static final class Generated extends InputStream {
        private final IntFunction<String> piece;
        private final int count;
        private int next;
        private byte[] current = new byte[0];
        private int at;

        Generated(IntFunction<String> piece, int count) {
            this.piece = piece;
            this.count = count;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            while (at == current.length) {
                if (next == count) {
                    return -1;
                }
                current = piece.apply(next++).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int n = Math.min(length, current.length - at);
            System.arraycopy(current, at, buffer, offset, n);
            at += n;
            return n;
        }
    }
}
