package se.finsam.journey.reports;

import static se.finsam.journey.reports.OracleHelpers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.journey.CurrentJourney;

/**
 * A deliberately plain, line-by-line port of the acceptance suite's reference implementation of the table
 * language (tables.py), over {@link CurrentJourney}s and the definition's JSON as written, sharing no code with
 * the table engine, to check it against. Like tables.py it trusts the definition.
 */
final class IndependentTables {

    static final List<String> OUTCOMES = outcomes();
    private static final Map<String, List<String>> CODE_LISTS = codeLists();

    private IndependentTables() {
    }

    static Map<String, List<CurrentJourney>> populations(List<CurrentJourney> all, Set<String> initiatives,
                                                         LocalDate start, LocalDate end) {
        List<CurrentJourney> js = all.stream().filter(j -> !j.isVoid() && initiatives.contains(j.initiative())).toList();
        List<CurrentJourney> part = js.stream().filter(j -> j.enrolmentDate() != null && !j.enrolmentDate().isAfter(end)
                && (j.closure() == null || !j.closure().date().isBefore(start))).toList();
        List<CurrentJourney> closed = part.stream().filter(j -> j.closure() != null
                && between(start, j.closure().date(), end)).toList();
        Map<String, List<CurrentJourney>> result = new LinkedHashMap<>();
        result.put("participants", part);
        result.put("new", part.stream().filter(j -> !j.enrolmentDate().isBefore(start)).toList());
        result.put("activeAtStart", part.stream().filter(j -> j.enrolmentDate().isBefore(start)).toList());
        result.put("activeAtEnd", part.stream().filter(j -> j.closure() == null || j.closure().date().isAfter(end)).toList());
        result.put("closures", closed);
        result.put("measuredClosures", closed.stream().filter(j -> !j.closure().cause().name().equals("DROPOUT")).toList());
        result.put("referrals", js.stream().filter(j -> between(start, j.referralDate(), end)).toList());
        result.put("withdrawals", js.stream().filter(j -> j.withdrawalDate() != null
                && between(start, j.withdrawalDate(), end)).toList());
        result.put("waitingAtEnd", js.stream().filter(j -> !j.referralDate().isAfter(end)
                && !(j.enrolmentDate() != null && !j.enrolmentDate().isAfter(end))
                && !(j.withdrawalDate() != null && !j.withdrawalDate().isAfter(end))).toList());
        result.put("workTraining", part.stream().filter(j -> !activeSectors(j, start, end).isEmpty()).toList());
        return result;
    }

    static Set<String> activeSectors(CurrentJourney j, LocalDate start, LocalDate end) {
        Set<String> sectors = new HashSet<>();
        for (CurrentJourney.Training t : j.trainings()) {
            if (!t.start().isAfter(end) && (t.end() == null || !t.end().isBefore(start))) {
                sectors.add(t.sector().name());
            }
        }
        return sectors;
    }

    static LocalDate referenceDay(CurrentJourney j, JsonNode table, LocalDate start, LocalDate end) {
        String at = table.path("ageAt").asText("reference");
        switch (at) {
            case "referral":
                return j.referralDate();
            case "enrolment":
                return j.enrolmentDate();
            case "periodEnd":
                return end;
            default:
                boolean closed = j.closure() != null && between(start, j.closure().date(), end);
                return closed ? j.closure().date() : end;
        }
    }

    static String bandLabel(JsonNode band) {
        return band.get(1).isNull() ? band.get(0).asInt() + "+" : band.get(0).asInt() + "-" + band.get(1).asInt();
    }

    static String inBands(int value, JsonNode bands) {
        for (JsonNode band : bands) {
            int low = band.get(0).asInt();
            if (value >= low && (band.get(1).isNull() || value <= band.get(1).asInt())) {
                return bandLabel(band);
            }
        }
        return "other";
    }

    /** The codes of one journey in a dimension (a set: a journey may have several or none). */
    static Set<String> rawCodes(CurrentJourney j, String by, LocalDate start, LocalDate end) {
        switch (by) {
            case "initiative":
                return Set.of(j.initiative());
            case "gender":
                return Set.of(j.gender().name());
            case "referringParty":
                return Set.of(j.referringParty().name());
            case "referringUnit":
                return Set.of(j.referringUnit() != null && !j.referringUnit().isEmpty()
                        ? j.referringParty().name() + ":" + j.referringUnit() : "none");
            case "supportBefore":
                return Set.of(j.supportBefore().name());
            case "homeMunicipality":
                return Set.of(j.homeMunicipality() != null && !j.homeMunicipality().isEmpty() ? j.homeMunicipality() : "none");
            case "closureCause":
                return Set.of(j.closure().cause().name());
            case "supportAfter":
                return Set.of(j.closure().supportAfter().name());
            case "standardOutcome": {
                String cause = j.closure().cause().name();
                if (cause.equals("DROPOUT")) {
                    return Set.of("dropouts");
                }
                return Set.of(STANDARD_GROUPS.entrySet().stream().filter(e -> e.getValue().contains(cause))
                        .findFirst().orElseThrow().getKey());
            }
            case "subsidisedEmployment":
                if (!j.closure().cause().name().equals("WORK")) {
                    return Set.of("notWork");
                }
                return Set.of(Boolean.TRUE.equals(j.closure().subsidised()) ? "yes" : "no");
            case "workTrainingSector":
                return activeSectors(j, start, end);
            default:
                throw new IllegalArgumentException(by);
        }
    }

    static Set<String> categoriesOf(CurrentJourney j, JsonNode axis, JsonNode table, LocalDate start, LocalDate end) {
        String by = axis.get("by").asText();
        if (by.equals("ageBand")) {
            return Set.of(inBands(referenceDay(j, table, start, end).getYear() - j.birthYear(), axis.get("bands")));
        }
        if (by.equals("yearsInPublicSupport")) {
            BigDecimal years = j.yearsInPublicSupport();
            return Set.of(years == null ? "NOT_APPLICABLE" : inBands(years.toBigInteger().intValueExact(), axis.get("bands")));
        }
        Set<String> codes = rawCodes(j, by, start, end);
        JsonNode groups = axis.get("groups");
        if (groups == null || groups.isEmpty()) {
            return codes;
        }
        Set<String> result = new HashSet<>();
        for (String code : codes) {
            String label = "other";
            for (JsonNode g : groups) {
                if (texts(g.get("codes")).contains(code)) {
                    label = g.get("label").asText();
                    break;
                }
            }
            result.add(label);
        }
        return result;
    }

    /** Every category of an axis, in order, without the total. */
    static List<String> categoryList(JsonNode axis, List<CurrentJourney> population, LocalDate start, LocalDate end,
                                     Set<String> initiatives) {
        String by = axis.get("by").asText();
        if (by.equals("ageBand") || by.equals("yearsInPublicSupport")) {
            List<String> labels = new ArrayList<>();
            axis.get("bands").forEach(b -> labels.add(bandLabel(b)));
            labels.add("other");
            if (by.equals("yearsInPublicSupport")) {
                labels.add("NOT_APPLICABLE");
            }
            return labels;
        }
        JsonNode groups = axis.get("groups");
        if (groups != null && !groups.isEmpty()) {
            List<String> labels = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (JsonNode g : groups) {
                labels.add(g.get("label").asText());
                listed.addAll(texts(g.get("codes")));
            }
            List<String> known = CODE_LISTS.get(by);
            if (known == null || known.stream().anyMatch(code -> !listed.contains(code))) {
                labels.add("other");
            }
            return labels;
        }
        if (by.equals("initiative")) {
            return sortedByCodePoint(initiatives);
        }
        if (CODE_LISTS.containsKey(by)) {
            return CODE_LISTS.get(by);
        }
        Set<String> seen = new HashSet<>();
        for (CurrentJourney j : population) {
            seen.addAll(rawCodes(j, by, start, end));
        }
        boolean none = seen.remove("none");
        List<String> result = sortedByCodePoint(seen);
        if (none) {
            result.add("none");
        }
        return result;
    }

    static boolean passes(CurrentJourney j, JsonNode where, LocalDate start, LocalDate end) {
        if (where == null) {
            return true;
        }
        for (var fields = where.fields(); fields.hasNext(); ) {
            var field = fields.next();
            Set<String> codes = new HashSet<>(rawCodes(j, field.getKey(), start, end));
            codes.retainAll(texts(field.getValue()));
            if (codes.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static Frac quantity(CurrentJourney j, String name, JsonNode table, LocalDate start, LocalDate end) {
        switch (name) {
            case "age":
                return Frac.of(referenceDay(j, table, start, end).getYear() - j.birthYear());
            case "yearsInPublicSupport":
                return j.yearsInPublicSupport() == null ? null : Frac.of(j.yearsInPublicSupport());
            case "throughputMonths":
                return Frac.of(ChronoUnit.DAYS.between(j.enrolmentDate(), j.closure().date())).over(MONTH_DAYS);
            case "daysToEnrolment":
                return j.enrolmentDate() == null ? null
                        : Frac.of(ChronoUnit.DAYS.between(j.referralDate(), j.enrolmentDate()));
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** rounded(): Decimal(n) / Decimal(d) in Python's default context, quantized half-up to {@code decimals}. */
    static Object rounded(Object value, int decimals) {
        if (value == null || value instanceof Integer) {
            return value;
        }
        Frac f = (Frac) value;
        return new BigDecimal(f.n()).divide(new BigDecimal(f.d()), new MathContext(28, RoundingMode.HALF_EVEN))
                .setScale(decimals, RoundingMode.HALF_UP);
    }

    static List<CurrentJourney> population(List<CurrentJourney> all, Set<String> initiatives, LocalDate start,
                                           LocalDate end, JsonNode table) {
        return populations(all, initiatives, start, end).get(table.get("population").asText()).stream()
                .filter(j -> passes(j, table.get("where"), start, end)).toList();
    }

    /** Categories over several (population, start, end): open dimensions take the codes of any of them. */
    static List<String> openCategories(JsonNode axis, List<Object[]> pops, Set<String> initiatives) {
        List<String> seen = new ArrayList<>();
        for (Object[] pop : pops) {
            @SuppressWarnings("unchecked") List<CurrentJourney> journeys = (List<CurrentJourney>) pop[0];
            for (String label : categoryList(axis, journeys, (LocalDate) pop[1], (LocalDate) pop[2], initiatives)) {
                if (!seen.contains(label)) {
                    seen.add(label);
                }
            }
        }
        String by = axis.get("by").asText();
        JsonNode groups = axis.get("groups");
        if ((by.equals("referringUnit") || by.equals("homeMunicipality")) && (groups == null || groups.isEmpty())) {
            boolean none = seen.remove("none");
            List<String> result = sortedByCodePoint(seen);
            if (none) {
                result.add("none");
            }
            return result;
        }
        return seen;
    }

    /** The rows, columns (a single null without columns) and per (row, column) the journeys in the cell. */
    record Cells(List<String> rows, List<String> columns, Map<List<String>, List<CurrentJourney>> cells) {
    }

    static Cells cellMembers(List<CurrentJourney> all, Set<String> initiatives, LocalDate start, LocalDate end,
                             JsonNode table, List<LocalDate[]> also) {
        List<CurrentJourney> pop = population(all, initiatives, start, end, table);
        List<Object[]> pops = new ArrayList<>();
        pops.add(new Object[] {pop, start, end});
        for (LocalDate[] other : also) {
            pops.add(new Object[] {population(all, initiatives, other[0], other[1], table), other[0], other[1]});
        }
        JsonNode rowsAxis = table.get("rows");
        JsonNode colsAxis = table.get("columns");
        List<String> rows = new ArrayList<>(openCategories(rowsAxis, pops, initiatives));
        rows.add("total");
        List<String> cols = new ArrayList<>();
        if (colsAxis != null) {
            cols.addAll(openCategories(colsAxis, pops, initiatives));
            cols.add("total");
        } else {
            cols.add(null);
        }
        Map<List<String>, List<CurrentJourney>> cells = new LinkedHashMap<>();
        for (String r : rows) {
            for (String c : cols) {
                cells.put(java.util.Arrays.asList(r, c), new ArrayList<>());
            }
        }
        for (CurrentJourney j : pop) {
            Set<String> rs = new LinkedHashSet<>(categoriesOf(j, rowsAxis, table, start, end));
            rs.add("total");
            Set<String> cs = new LinkedHashSet<>();
            if (colsAxis != null) {
                cs.addAll(categoriesOf(j, colsAxis, table, start, end));
                cs.add("total");
            } else {
                cs.add(null);
            }
            for (String r : rs) {
                for (String c : cs) {
                    cells.get(java.util.Arrays.asList(r, c)).add(j);
                }
            }
        }
        return new Cells(rows, cols, cells);
    }

    /** {cell key: exact value}: Integer counts, Frac shares and statistics, null over nobody. */
    static Map<String, Object> exactTable(List<CurrentJourney> all, Set<String> initiatives, LocalDate start,
                                          LocalDate end, JsonNode table, List<LocalDate[]> also, Cells[] out) {
        Cells layout = cellMembers(all, initiatives, start, end, table, also);
        out[0] = layout;
        Map<String, Object> result = new LinkedHashMap<>();
        layout.cells().forEach((rc, js) -> {
            String r = rc.get(0);
            String c = rc.get(1);
            String prefix = c == null ? r : r + "/" + c;
            int n = js.size();
            for (JsonNode valueNode : table.get("values")) {
                String value = valueNode.asText();
                Object v;
                if (value.equals("count")) {
                    v = n;
                } else if (value.startsWith("share")) {
                    List<String> over = switch (value) {
                        case "shareOfTotal" -> java.util.Arrays.asList("total", c == null ? null : "total");
                        case "shareOfRow" -> java.util.Arrays.asList(r, c == null ? null : "total");
                        default -> java.util.Arrays.asList("total", c);
                    };
                    int denominator = layout.cells().get(over).size();
                    v = denominator == 0 ? null
                            : new Frac(BigInteger.valueOf(100L * n), BigInteger.valueOf(denominator));
                } else {
                    String how = value.split(":")[0];
                    String name = value.split(":")[1];
                    List<Frac> qs = new ArrayList<>();
                    for (CurrentJourney j : js) {
                        Frac q = quantity(j, name, table, start, end);
                        if (q != null) {
                            qs.add(q);
                        }
                    }
                    if (qs.isEmpty()) {
                        v = null;
                    } else if (how.equals("mean")) {
                        v = mean(qs);
                    } else if (how.equals("median")) {
                        v = median(qs);
                    } else {
                        List<Frac> sorted = new ArrayList<>(qs);
                        sorted.sort(Frac::cmp);
                        v = how.equals("min") ? sorted.get(0) : sorted.get(sorted.size() - 1);
                    }
                }
                result.put(prefix + "/" + value, v);
            }
        });
        return result;
    }

    /** The table as the service must answer it: rows, columns and rounded cells (and previous/change). */
    static Map<String, Object> table(List<CurrentJourney> all, Set<String> initiatives, LocalDate s, LocalDate e,
                                     JsonNode table, boolean compare) {
        int decimals = table.path("decimals").asInt(1);
        LocalDate[] previous = {s.minusYears(1), e.minusYears(1)};
        Cells[] layout = new Cells[1];
        Map<String, Object> exact = exactTable(all, initiatives, s, e, table,
                compare ? List.<LocalDate[]>of(previous) : List.of(), layout);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("rows", layout[0].rows());
        if (layout[0].columns().get(0) != null) {
            answer.put("columns", layout[0].columns());
        }
        answer.put("cells", roundedAll(exact, decimals));
        if (compare) {
            Map<String, Object> before = exactTable(all, initiatives, previous[0], previous[1], table,
                    List.<LocalDate[]>of(new LocalDate[] {s, e}), new Cells[1]);
            answer.put("previousCells", roundedAll(before, decimals));
            Map<String, Object> change = new LinkedHashMap<>();
            exact.forEach((k, v) -> {
                Object b = before.get(k);
                if (v != null && b != null) {
                    change.put(k, v instanceof Integer vi && b instanceof Integer bi ? (Object) (vi - bi)
                            : rounded(((Frac) v).minus((Frac) b), decimals));
                }
            });
            answer.put("change", change);
        }
        return answer;
    }

    /** The journey ids counted in a cell given as ROW or ROW/COLUMN. */
    static List<String> members(List<CurrentJourney> all, Set<String> initiatives, LocalDate start, LocalDate end,
                                JsonNode table, String cell) {
        Cells layout = cellMembers(all, initiatives, start, end, table, List.of());
        String[] parts = cell.split("/");
        List<String> key = java.util.Arrays.asList(parts[0], parts.length > 1 ? parts[1] : null);
        return sortedByCodePoint(layout.cells().get(key).stream().map(CurrentJourney::journeyId).toList());
    }

    private static Map<String, Object> roundedAll(Map<String, Object> exact, int decimals) {
        Map<String, Object> result = new LinkedHashMap<>();
        exact.forEach((k, v) -> result.put(k, rounded(v, decimals)));
        return result;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Python's sorted() on text: by code point. */
    static List<String> sortedByCodePoint(java.util.Collection<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        return sorted;
    }

    private static List<String> outcomes() {
        List<String> outcomes = new ArrayList<>(List.of("dropouts"));
        outcomes.addAll(STANDARD_GROUPS.keySet());
        return List.copyOf(outcomes);
    }

    private static Map<String, List<String>> codeLists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("gender", GENDERS);
        lists.put("referringParty", PARTIES);
        lists.put("supportBefore", SUPPORT);
        lists.put("supportAfter", SUPPORT);
        lists.put("closureCause", CAUSES);
        lists.put("standardOutcome", OUTCOMES);
        lists.put("subsidisedEmployment", List.of("yes", "no", "notWork"));
        lists.put("workTrainingSector", SECTORS);
        return lists;
    }
}
