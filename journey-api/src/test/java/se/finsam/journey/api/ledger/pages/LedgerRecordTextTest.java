package se.finsam.journey.api.ledger.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LedgerRecordTextTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Map<String, String> WORDS = Map.of("ledger.party.MUNICIPALITY", "Kommun {0}",
            "ledger.party.REGION", "Regionen", "ledger.role.COACH", "Coach", "ledger.field.women", "Varav kvinnor",
            "ledger.field.men", "Varav män", "ledger.field.nonBinary", "Varav icke-binära",
            "ledger.direction.AT_LEAST", "minst");
    private static final Function<String, String> TEXT = key -> WORDS.getOrDefault(key, key);

    private static Map<String, String> shown(ObjectNode record) {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        LedgerRecordText.of(record, TEXT, SWEDISH).forEach(s -> shown.put(s.field(), s.value()));
        return shown;
    }

    @Test
    void aPositionIsShownInWordsAndSwedishNumbersWithoutItsTypeAndId() {
        ObjectNode position = new ObjectMapper().createObjectNode().put("type", "position").put("recordId", "p1")
                .put("role", "COACH").put("fte", "1.50").put("employer", "REGION")
                .put("coFinancedBy", "MUNICIPALITY:1982").put("coFinancedFte", "1.00");

        assertThat(shown(position)).containsExactly(Map.entry("role", "Coach"), Map.entry("fte", "1,50"),
                Map.entry("employer", "Regionen"), Map.entry("coFinancedBy", "Kommun 1982"),
                Map.entry("coFinancedFte", "1,00"));
    }

    @Test
    void anAmountShowsÖreOnlyWhenItHasThemAndATeamsOwnTypeOfCostAsWritten() {
        ObjectNode cost = new ObjectMapper().createObjectNode().put("costType", "Konsulter").put("amount", "182255.50");
        ObjectNode credit = new ObjectMapper().createObjectNode().put("amount", "-2500.00");

        assertThat(shown(cost)).containsExactly(Map.entry("costType", "Konsulter"),
                Map.entry("amount", "182\u00a0255,50"));
        assertThat(shown(credit)).containsExactly(Map.entry("amount", "\u22122\u00a0500"));
    }

    @Test
    void anActivitysGendersAndAGoalsDirectionAreWords() {
        ObjectNode activity = new ObjectMapper().createObjectNode().put("target", "20.0").put("direction", "AT_LEAST");
        activity.putObject("byGender").put("WOMAN", 6).put("MAN", 3).put("NON_BINARY", 0);

        assertThat(shown(activity).values()).containsExactly("20,0", "minst",
                String.join(", ", List.of("Varav kvinnor: 6", "Varav män: 3", "Varav icke-binära: 0")));
    }
}
