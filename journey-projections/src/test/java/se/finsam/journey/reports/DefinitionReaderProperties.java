package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.finsam.journey.tables.DefinitionError;
import se.finsam.journey.tables.DefinitionReader;

/**
 * The reader on what analysts may send: every random valid definition is accepted, and a valid definition spoilt
 * in one random place (a value replaced by any JSON, a member removed, an unknown one added) is never met with an
 * exception, only with a definition or with mistakes whose pointers name a place in the document.
 */
class DefinitionReaderProperties {

    private static final List<String> ANY_JSON = List.of("null", "0", "-1", "1.5", "151", "\"\"", "\"x\"",
            "\"WOMAN\"", "\"closures\"", "\"a/b\"", "[]", "{}", "[[1, 2]]", "[null]", "[\"count\"]", "true",
            "{\"by\": \"gender\"}", "[{\"label\": \"x\", \"codes\": []}]", "1e400", "\"" + "z".repeat(300) + "\"");

    @Property(tries = 300)
    void everyRandomValidDefinitionIsAccepted(@ForAll("definitions") ObjectNode document) {
        assertThat(DefinitionReader.read(document).errors()).as(document.toString()).isEmpty();
    }

    @Property(tries = 1000)
    void aSpoiltDefinitionIsAnsweredWithMistakesThatPointIntoIt(@ForAll("definitions") ObjectNode document,
                                                                 @ForAll long seed) {
        Random r = new Random(seed);
        String spoilt = spoil(document, r);
        Statistics.label("spoilt by").collect(spoilt);

        DefinitionReader.Reading[] reading = new DefinitionReader.Reading[1];
        assertThatCode(() -> reading[0] = DefinitionReader.read(document)).as(document.toString())
                .doesNotThrowAnyException();
        assertThat(reading[0].valid()).isEqualTo(reading[0].definition() != null);
        for (DefinitionError error : reading[0].errors()) {
            assertThat(error.message()).isNotBlank();
            JsonPointer pointer = JsonPointer.compile(error.pointer());
            boolean there = !document.at(pointer).isMissingNode();
            boolean parentThere = pointer.head() != null && document.at(pointer.head()).isContainerNode();
            assertThat(there || parentThere).as(error + " in " + document).isTrue();
        }
    }

    /** Spoils the document in place in one random way; answers which. */
    private static String spoil(ObjectNode document, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        JsonNode container = containers.get(r.nextInt(containers.size()));
        JsonNode value = parse(ANY_JSON.get(r.nextInt(ANY_JSON.size())));
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || r.nextInt(5) == 0) {
                object.set("extra~/" + r.nextInt(3), value);
                return "an added member";
            }
            String name = names.get(r.nextInt(names.size()));
            if (r.nextInt(4) == 0) {
                object.remove(name);
                return "a removed member";
            }
            object.set(name, value);
            return "a replaced member";
        }
        ArrayNode array = (ArrayNode) container;
        if (array.isEmpty() || r.nextInt(5) == 0) {
            array.add(value);
            return "an added element";
        }
        int index = r.nextInt(array.size());
        if (r.nextInt(4) == 0) {
            array.remove(index);
            return "a removed element";
        }
        array.set(index, value);
        return "a replaced element";
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return RandomTableDefinitions.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    @Provide
    Arbitrary<ObjectNode> definitions() {
        return Arbitraries.randomValue((Random r) -> RandomTableDefinitions.definition(r));
    }
}
