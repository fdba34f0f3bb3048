package se.finsam.journey.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.finsam.journey.tables.DefinitionReader;

class TenTablesTest {

    @Test
    void theBenchsDefinitionIsTenValidTablesOverEveryPopulationWithTheCellItTraces() throws Exception {
        JsonNode document = new ObjectMapper().readTree(TableMeasures.tenTables());
        DefinitionReader.Reading reading = DefinitionReader.readNew(document);
        assertThat(reading.errors()).isEmpty();
        assertThat(document.path("tables")).hasSize(10);
        Set<String> populations = new HashSet<>();
        document.path("tables").forEach(table -> populations.add(table.path("population").asText()));
        assertThat(populations).containsExactlyInAnyOrder("participants", "new", "activeAtStart", "activeAtEnd",
                "closures", "measuredClosures", "referrals", "withdrawals", "waitingAtEnd", "workTraining");
        assertThat(document.path("tables").findValuesAsText("id")).contains(TableMeasures.CELL_TABLE);
    }
}
