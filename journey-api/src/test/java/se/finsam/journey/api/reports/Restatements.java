package se.finsam.journey.api.reports;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a restatement answer in tests. */
final class Restatements {

    private Restatements() {
    }

    /** The difference the restatement lists for {@code cell}; fails the test when there is none. */
    static JsonNode difference(JsonNode restatement, String cell) {
        for (JsonNode difference : restatement.path("differences")) {
            if (difference.path("cell").asText().equals(cell)) {
                return difference;
            }
        }
        throw new AssertionError("no difference in " + cell + ": " + restatement);
    }
}
