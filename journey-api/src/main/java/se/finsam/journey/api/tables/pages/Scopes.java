package se.finsam.journey.api.tables.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.security.Caller;

/**
 * The scopes a caller may run tables over, for the forms: the initiatives it may read, and the associations all
 * of whose initiatives it may read (the report service refuses any other, as the API does).
 */
public record Scopes(List<Initiative> initiatives, List<String> associations) {

    static Scopes of(Caller caller, List<Initiative> all) {
        List<Initiative> readable = new ArrayList<>();
        Map<String, Boolean> whole = new TreeMap<>();
        for (Initiative initiative : all) {
            boolean may = caller.mayRead(initiative.code());
            if (may) {
                readable.add(initiative);
            }
            if (initiative.association() != null) {
                whole.merge(initiative.association(), may, Boolean::logicalAnd);
            }
        }
        return new Scopes(readable, whole.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .toList());
    }

    public boolean isEmpty() {
        return initiatives.isEmpty();
    }
}
