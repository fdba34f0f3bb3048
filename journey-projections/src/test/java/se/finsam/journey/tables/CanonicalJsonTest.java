package se.finsam.journey.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static final String SHA256_OF_A_X_B_1_2 = "721ef82f2d6c0997bffb7a8ab3f40f8fb45b0b52ce2af3afa6b0f05efbdc317f";

    @Test
    void keysAreSortedAtEveryLevelWithoutWhitespaceAndTextStaysUtf8() throws JsonProcessingException {
        JsonNode document = CanonicalJson.READER.readTree("""
                { "title": "Avslut efter kön",
                  "tables": [ { "values": ["count"], "id": "t", "rows": {"groups": [], "by": "gender"} } ] }""");

        assertThat(CanonicalJson.of(document)).isEqualTo("{\"tables\":[{\"id\":\"t\",\"rows\":{\"by\":\"gender\","
                + "\"groups\":[]},\"values\":[\"count\"]}],\"title\":\"Avslut efter kön\"}");
    }

    @Test
    void keysAreOrderedByCodePointAsPythonAndJavaScriptClientsOrderThem() throws JsonProcessingException {
        // U+1F600 is two UTF-16 units starting 0xD83D, which String.compareTo would put before U+FF21.
        JsonNode document = CanonicalJson.READER.readTree("{\"\\uFF21\": 1, \"\\uD83D\\uDE00\": 2, \"a\": 3, \"B\": 4}");

        assertThat(CanonicalJson.of(document)).isEqualTo("{\"B\":4,\"a\":3,\"\uFF21\":1,\"\uD83D\uDE00\":2}");
    }

    @Test
    void numbersKeepTheirExactFormWrittenPlainly() throws JsonProcessingException {
        JsonNode document = CanonicalJson.READER.readTree("{\"a\": [16, 16.0, 0.1, 1e2, -0]}");

        assertThat(CanonicalJson.of(document)).isEqualTo("{\"a\":[16,16.0,0.1,100,0]}");
    }

    @Test
    void theSameContentInAnotherLayoutHasTheSameHash() throws JsonProcessingException {
        String one = CanonicalJson.of(CanonicalJson.READER.readTree("{\"b\": [1, 2], \"a\": \"x\"}"));
        String two = CanonicalJson.of(CanonicalJson.READER.readTree("{\n  \"a\" : \"x\",\n  \"b\" : [ 1, 2 ]\n}"));

        assertThat(one).isEqualTo(two).isEqualTo("{\"a\":\"x\",\"b\":[1,2]}");
        // sha256sum of the same 19 bytes, computed outside Java.
        assertThat(CanonicalJson.sha256(one)).isEqualTo(SHA256_OF_A_X_B_1_2);
    }

    @Test
    void aKeyGivenTwiceInOneObjectIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.READER.readTree("{\"title\": \"a\", \"title\": \"b\"}"))
                .isInstanceOf(JsonProcessingException.class);
    }
}
