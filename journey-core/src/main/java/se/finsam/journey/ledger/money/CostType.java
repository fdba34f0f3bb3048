package se.finsam.journey.ledger.money;

import java.util.List;
import se.finsam.journey.ledger.OpenList;

/** A type of cost: staff (personal), premises (lokaler), other (övriga), or a team's own type by name. */
public record CostType(String code) {

    public static final List<String> STANDARD = List.of("STAFF", "PREMISES", "OTHER");

    public static CostType parse(String field, String text) {
        return new CostType(OpenList.parse(field, text, STANDARD));
    }

    public boolean isStandard() {
        return OpenList.isStandard(code, STANDARD);
    }
}
