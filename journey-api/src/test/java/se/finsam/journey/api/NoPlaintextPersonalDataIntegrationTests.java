package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.closure;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.record;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/**
 * The plaintext test: journeys with identity numbers and names go in over HTTP, then every column of every row
 * of every table is read back (bytes as UTF-8 and Latin-1, and every base64-looking run of text decoded too) and
 * no identity number or name may appear in any of it, nor in the service's log. Then one journey is erased on
 * request and another participant withdraws consent: their views show no personal data, and the participant
 * report is the same figure for figure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NoPlaintextPersonalDataIntegrationTests {

    private static final String STAFF = "staff-sala";
    private static final int JOURNEYS = 12;
    private static final String[] FIRST_NAMES = {"Svanhild", "Gunborg", "Ingemund", "Märtha", "Östen", "Ragnvald",
        "Solveig", "Torbjörn", "Ylvali", "Åsmund", "Hjördis", "Valdemar"};
    private static final String[] SURNAMES = {"Kjellgren", "Brännström", "Wikbergsson", "Ödmansdotter",
        "Lindqvistberg", "Fjällgren", "Sandelius", "Holmertz", "Ekwallius", "Grönkvist", "Nybladh", "Tjernström"};
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/_-]{8,}={0,2}");
    private static final String REPORT = "/api/v1/reports/participants?initiative=sala&from=2024-01-01&to=2024-12-31"
            + "&compare=previous&minPosition=";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noIdentityNumberOrNameIsStoredOrLoggedInPlaintextAndErasureLeavesEveryFigureAsItWas(CapturedOutput log) {
        ServiceClient service = new ServiceClient(port);
        service.initiative("sala", "vastmanland");
        service.user(STAFF, "STAFF", "sala");
        Map<String, List<String>> personalData = new LinkedHashMap<>();
        StringBuilder file = new StringBuilder();
        for (int j = 0; j < JOURNEYS; j++) {
            file.append(journey(j, personalData));
        }
        Answer imported = service.importLines(STAFF, file.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        ObjectNode oneByOne = referral("r", "sala", "2024-02-01");
        ((ObjectNode) oneByOne.get("person")).put("personalIdentityNumber", "197001019871").put("name", "Eldbjörg Qvarnmark");
        personalData.put("single-1", List.of("197001019871", "Eldbjörg Qvarnmark"));
        Answer single = service.post(STAFF, "/api/v1/journeys/single-1/records", oneByOne);
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        JsonNode before = figures(service, single.json().path("position").asLong());
        assertThat(before.path("participants").path("total").asInt()).isEqualTo(JOURNEYS);

        List<String> stored = everyStoredText();

        assertThat(String.join("\n", stored)).as("the dump holds the journeys, sealed").contains("sala-00",
                "ciphertext", "person_key");
        assertNoPlaintext(stored, personalData);
        assertNoPlaintext(List.of(log.getAll()), personalData);
        assertThat(view(service, "sala-003").path("personalData").path("name").asText()).isEqualTo(name(3, true));

        Answer erased = service.delete(STAFF, "/api/v1/journeys/sala-003/personal-data");
        Answer withdrawn = service.post(STAFF, "/api/v1/journeys/sala-006/records",
                record("consent-withdrawn", "w", "2024-10-01"));

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        JsonNode after = figures(service, withdrawn.json().path("position").asLong());
        assertThat(withoutPositions(after)).isEqualTo(withoutPositions(before));
        assertThat(after.path("closures").path("standardTable").path("work").asInt()).as("sala-006 still counts")
                .isEqualTo(2);
        for (String journeyId : List.of("sala-003", "sala-006")) {
            JsonNode erasedView = view(service, journeyId);
            assertThat(erasedView.path("personalData").isEmpty()).as(journeyId).isTrue();
            assertThat(erasedView.path("personalDataErased").isObject()).as(journeyId).isTrue();
            assertNoPlaintext(List.of(erasedView.toString()), Map.of(journeyId, personalData.get(journeyId)));
        }
        assertThat(view(service, "sala-004").path("personalData").path("name").asText()).isEqualTo(name(4, true));
        assertThat(jdbc.queryForList("SELECT journey_id FROM person_key WHERE keyset IS NULL AND legacy_keyset IS NULL",
                String.class)).containsExactlyInAnyOrder("sala-003", "sala-006");
        assertNoPlaintext(everyStoredText(), personalData);
        assertNoPlaintext(List.of(log.getAll()), personalData);
    }

    @Test
    void theSearchFindsPersonalDataHiddenInBytesJsonAndBase64() {
        Map<String, List<String>> secret = Map.of("j", List.of("191212121212", "Tolvan Tolvansson"));
        String base64 = Base64.getEncoder().encodeToString("{\"n\":\"Tolvan Tolvansson\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(plaintextFound(decoded(List.of("{\"ciphertext\":\"" + base64 + "\"}")), secret)).isNotEmpty();
        assertThat(plaintextFound(List.of("id 121212-1212 in a note"), secret)).isNotEmpty();
        assertThat(plaintextFound(List.of(HexFormat.of().formatHex("191212121212".getBytes(StandardCharsets.UTF_8))),
                secret)).isNotEmpty();
        assertThat(plaintextFound(decoded(List.of("c2VhbGVk")), secret)).isEmpty();
    }

    /** One journey's lines; half of them change the name and identity number later (both kept as secrets). */
    private static String journey(int j, Map<String, List<String>> personalData) {
        String journeyId = String.format(Locale.ROOT, "sala-%03d", j);
        ObjectNode referral = referral("r", "sala", "2024-01-" + (10 + j));
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", identityNumber(j, 0)).put("name", name(j, false));
        List<String> secrets = new ArrayList<>(List.of(identityNumber(j, 0), name(j, false)));
        StringBuilder lines = new StringBuilder(line(journeyId, referral)).append('\n');
        lines.append(line(journeyId, record("consent", "c", "2024-01-" + (10 + j)).put("purpose", "uppföljning")))
                .append('\n');
        lines.append(line(journeyId, enrolment("e", "2024-02-" + (10 + j)))).append('\n');
        if (j % 2 == 0) {
            ObjectNode update = record("profile-update", "p", "2024-03-01");
            update.putObject("person").put("name", name(j, true)).put("personalIdentityNumber", identityNumber(j, 1));
            lines.append(line(journeyId, update)).append('\n');
            secrets.addAll(List.of(name(j, true), identityNumber(j, 1)));
        }
        if (j % 3 == 0) {
            lines.append(line(journeyId, closure("c1", "2024-09-" + (10 + j), j % 2 == 0 ? "WORK" : "STUDIES")))
                    .append('\n');
        }
        personalData.put(journeyId, secrets);
        return lines.toString();
    }

    /** The name of journey j: the one referred with, or the one it was changed to (odd journeys keep theirs). */
    private static String name(int j, boolean current) {
        return current && j % 2 == 0 ? FIRST_NAMES[(j + 5) % JOURNEYS] + " " + SURNAMES[j] + "-Ahlqvist"
                : FIRST_NAMES[j] + " " + SURNAMES[j];
    }

    /** A valid identity number (Luhn) of somebody born 1985-1990, different for each journey and version. */
    private static String identityNumber(int j, int version) {
        String nine = String.format(Locale.ROOT, "%02d%02d%02d%03d", 85 + j % 6, 1 + j, 10 + version, 200 + j);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return "19" + nine + (10 - sum % 10) % 10;
    }

    /** Every value of every column of every row of every table, as text. */
    private List<String> everyStoredText() {
        List<String> texts = new ArrayList<>();
        List<Map<String, Object>> tables = jdbc.queryForList("SELECT table_schema, table_name FROM "
                + "information_schema.tables WHERE table_type = 'BASE TABLE' "
                + "AND table_schema NOT IN ('pg_catalog', 'information_schema')");
        assertThat(tables).extracting(t -> t.get("table_name")).contains("domainevententry", "person_key",
                "journey_fact", "app_user", "tokenentry");
        for (Map<String, Object> table : tables) {
            texts.add("table " + table.get("table_name"));
            jdbc.query("SELECT * FROM \"" + table.get("table_schema") + "\".\"" + table.get("table_name") + "\"",
                    (ResultSet rs) -> {
                        ResultSetMetaData columns = rs.getMetaData();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            Object value = rs.getObject(c);
                            if (value instanceof byte[] bytes) {
                                texts.add(new String(bytes, StandardCharsets.UTF_8));
                                texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
                            } else if (value != null) {
                                texts.add(rs.getString(c));
                            }
                        }
                    });
        }
        return decoded(texts);
    }

    /** The texts, plus every run in them that decodes as base64 (standard or URL-safe), decoded. */
    private static List<String> decoded(List<String> texts) {
        List<String> all = new ArrayList<>(texts);
        for (String text : texts) {
            Matcher run = BASE64_RUN.matcher(text);
            while (run.find()) {
                for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
                    try {
                        byte[] bytes = decoder.decode(run.group().replaceAll("=+$", ""));
                        all.add(new String(bytes, StandardCharsets.UTF_8));
                        all.add(new String(bytes, StandardCharsets.ISO_8859_1));
                    } catch (IllegalArgumentException notBase64) {
                        // not every run of letters is base64
                    }
                }
            }
        }
        return all;
    }

    private static void assertNoPlaintext(List<String> texts, Map<String, List<String>> personalData) {
        assertThat(plaintextFound(texts, personalData)).as("personal data found in plaintext").isEmpty();
    }

    /** Which personal values occur in the texts, in any of the forms they are written in. */
    private static List<String> plaintextFound(List<String> texts, Map<String, List<String>> personalData) {
        List<String> forms = new ArrayList<>();
        personalData.values().forEach(values -> values.forEach(value -> {
            if (value.matches("\\d{12}")) {
                String ten = value.substring(2);
                forms.addAll(List.of(value, ten, ten.substring(0, 6) + "-" + ten.substring(6),
                        HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8))));
            } else {
                forms.add(value.toLowerCase(Locale.ROOT));
                for (String part : value.split("[ -]")) {
                    forms.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }));
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            forms.stream().filter(lower::contains).forEach(found::add);
        }
        return found;
    }

    private static JsonNode figures(ServiceClient service, long minPosition) {
        Answer report = service.get(STAFF, REPORT + minPosition);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    private static JsonNode view(ServiceClient service, String journeyId) {
        Answer answer = service.get(STAFF, "/api/v1/journeys/" + journeyId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /**
     * The report without the position it was computed at, which an erasure record moves on, and the manifest
     * named after that position.
     */
    private static JsonNode withoutPositions(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("position");
        copy.remove("manifest");
        if (copy.get("previous") instanceof ObjectNode previous) {
            previous.remove("position");
        }
        return copy;
    }
}
