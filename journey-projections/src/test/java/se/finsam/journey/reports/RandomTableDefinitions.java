package se.finsam.journey.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random valid definitions of table language v1, as JSON documents an analyst could write: any population, rows
 * and columns by any dimension allowed with it, random bands and groups, filters and values. The codes of the
 * open dimensions and initiatives are those {@link RandomJourneys} draws from (and a few that never occur).
 */
final class RandomTableDefinitions {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> POPULATIONS = List.of("participants", "new", "activeAtStart", "activeAtEnd", "closures",
            "measuredClosures", "referrals", "withdrawals", "waitingAtEnd", "workTraining");
    private static final Map<String, List<String>> CODES = new LinkedHashMap<>();
    private static final List<String> ANY = List.of("initiative", "gender", "referringParty", "referringUnit",
            "supportBefore", "homeMunicipality", "ageBand", "yearsInPublicSupport");
    private static final List<String> CLOSURE = List.of("closureCause", "supportAfter", "standardOutcome",
            "subsidisedEmployment");
    private static final List<String> QUANTITIES = List.of("age", "yearsInPublicSupport", "daysToEnrolment");

    static {
        CODES.put("initiative", List.of("fns", "vasteras", "sala"));
        CODES.put("gender", OracleHelpers.GENDERS);
        CODES.put("referringParty", OracleHelpers.PARTIES);
        CODES.put("referringUnit", List.of("none", "MUNICIPALITY:IFO Försörjningsstöd", "REGION:Psykiatri Väst",
                "SELF:KAA", "OTHER:Enh. 2", "REGION:KAA"));
        CODES.put("supportBefore", OracleHelpers.SUPPORT);
        CODES.put("homeMunicipality", List.of("none", "1980", "1982", "1962", "1904", "2084", "1981"));
        CODES.put("closureCause", OracleHelpers.CAUSES);
        CODES.put("supportAfter", OracleHelpers.SUPPORT);
        CODES.put("standardOutcome", IndependentTables.OUTCOMES);
        CODES.put("subsidisedEmployment", List.of("yes", "no", "notWork"));
        CODES.put("workTrainingSector", OracleHelpers.SECTORS);
    }

    private RandomTableDefinitions() {
    }

    static ObjectNode definition(Random r) {
        ObjectNode definition = JSON.createObjectNode().put("title", "Slumpad definition " + r.nextInt(1000));
        ArrayNode tables = definition.putArray("tables");
        for (int t = 1 + r.nextInt(3); t > 0; t--) {
            tables.add(table(r, "t" + t));
        }
        return definition;
    }

    static ObjectNode table(Random r, String id) {
        String population = pick(r, POPULATIONS);
        ObjectNode table = JSON.createObjectNode().put("id", id).put("title", "Tabell " + id)
                .put("population", population);
        List<String> dimensions = dimensions(population);
        table.set("rows", axis(r, pick(r, dimensions)));
        if (r.nextBoolean()) {
            table.set("columns", axis(r, pick(r, dimensions)));
        }
        if (r.nextInt(3) == 0) {
            ObjectNode where = table.putObject("where");
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                String by = pick(r, dimensions.stream().filter(CODES::containsKey).toList());
                where.set(by, codes(r, CODES.get(by), 1 + r.nextInt(CODES.get(by).size())));
            }
        }
        ArrayNode values = table.putArray("values");
        List<String> possible = new ArrayList<>(List.of("count", "shareOfTotal", "shareOfRow", "shareOfColumn"));
        List<String> quantities = new ArrayList<>(QUANTITIES);
        if (population.equals("closures") || population.equals("measuredClosures")) {
            quantities.add("throughputMonths");
        }
        for (String how : List.of("mean", "median", "min", "max")) {
            quantities.forEach(q -> possible.add(how + ":" + q));
        }
        Collections.shuffle(possible, r);
        possible.subList(0, 1 + r.nextInt(5)).forEach(values::add);
        boolean enrolled = !Set.of("referrals", "withdrawals", "waitingAtEnd").contains(population);
        if (r.nextInt(3) == 0) {
            table.put("ageAt", pick(r, enrolled ? List.of("reference", "referral", "enrolment", "periodEnd")
                    : List.of("reference", "referral", "periodEnd")));
        }
        if (r.nextInt(3) == 0) {
            table.put("decimals", r.nextInt(3));
        }
        return table;
    }

    private static List<String> dimensions(String population) {
        List<String> dimensions = new ArrayList<>(ANY);
        if (population.equals("closures") || population.equals("measuredClosures")) {
            dimensions.addAll(CLOSURE);
        }
        if (population.equals("workTraining")) {
            dimensions.add("workTrainingSector");
        }
        return dimensions;
    }

    private static ObjectNode axis(Random r, String by) {
        ObjectNode axis = JSON.createObjectNode().put("by", by);
        if (by.equals("ageBand") || by.equals("yearsInPublicSupport")) {
            axis.set("bands", bands(r, by.equals("ageBand") ? 14 : 0, by.equals("ageBand") ? 70 : 18));
        } else if (r.nextInt(3) == 0) {
            List<String> codes = new ArrayList<>(CODES.get(by));
            Collections.shuffle(codes, r);
            ArrayNode groups = axis.putArray("groups");
            int used = 0;
            for (int g = 1 + r.nextInt(3); g > 0 && used < codes.size(); g--) {
                int take = 1 + r.nextInt(Math.min(3, codes.size() - used));
                ObjectNode group = groups.addObject().put("label", "Grupp " + g);
                group.set("codes", codes(codes.subList(used, used + take)));
                used += take;
            }
        }
        return axis;
    }

    /** Non-overlapping bands between {@code first} and {@code last}, in any order, the last maybe open-ended. */
    private static ArrayNode bands(Random r, int first, int last) {
        List<int[]> bands = new ArrayList<>();
        int low = first + r.nextInt(4);
        while (low <= last && bands.size() < 6) {
            int high = low + r.nextInt(12);
            bands.add(new int[] {low, high});
            low = high + 1 + (r.nextInt(4) == 0 ? r.nextInt(5) : 0);
        }
        Collections.shuffle(bands, r);
        ArrayNode array = JSON.createArrayNode();
        for (int b = 0; b < bands.size(); b++) {
            ArrayNode band = array.addArray().add(bands.get(b)[0]);
            boolean highest = bands.stream().allMatch(other -> other[0] <= bands.get(0)[0] || other == bands.get(0));
            if (b == 0 && highest && r.nextBoolean()) {
                band.addNull();
            } else {
                band.add(bands.get(b)[1]);
            }
        }
        return array;
    }

    private static ArrayNode codes(Random r, List<String> from, int count) {
        List<String> codes = new ArrayList<>(from);
        Collections.shuffle(codes, r);
        return codes(codes.subList(0, count));
    }

    private static ArrayNode codes(List<String> codes) {
        ArrayNode array = JSON.createArrayNode();
        codes.forEach(array::add);
        return array;
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
