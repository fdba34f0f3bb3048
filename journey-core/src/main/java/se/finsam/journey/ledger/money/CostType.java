package se.finsam.journey.ledger.money;

import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.OpenList;

/** A type of cost: staff (personal), premises (lokaler), other (övriga), or a team's own type by name. */
public record CostType(String code) {

    public static final List<String> STANDARD = List.of("STAFF", "PREMISES", "OTHER");

    /** The Swedish names finance exports and reports use for the standard types, in lower case. */
    public static final Map<String, String> SWEDISH = Map.of("personal", "STAFF", "personalkostnader", "STAFF",
            "lokaler", "PREMISES", "lokalkostnader", "PREMISES", "övriga", "OTHER", "övrigt", "OTHER",
            "övriga kostnader", "OTHER");

    public static CostType parse(String field, String text) {
        return new CostType(OpenList.parse(field, text, STANDARD, SWEDISH));
    }

    public boolean isStandard() {
        return OpenList.isStandard(code, STANDARD);
    }
}
