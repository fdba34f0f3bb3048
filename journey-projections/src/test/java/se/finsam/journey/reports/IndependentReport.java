package se.finsam.journey.reports;

import static se.finsam.journey.reports.OracleHelpers.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.journey.CurrentJourney;

/**
 * A deliberately plain, line-by-line port of {@code exact_report}, {@code report} and {@code members} of the
 * acceptance oracle (oracle.py), sharing no code with the main classes, to check them against. It filters the
 * scope itself, like the oracle.
 */
final class IndependentReport {

    final Map<String, Object> tree = new LinkedHashMap<>();
    final List<CurrentJourney> part;
    final List<CurrentJourney> fresh;
    final List<CurrentJourney> closed;
    final List<CurrentJourney> measured;

    IndependentReport(List<CurrentJourney> all, Set<String> initiatives, LocalDate start, LocalDate end) {
        List<CurrentJourney> js = all.stream().filter(j -> !j.isVoid() && initiatives.contains(j.initiative())).toList();
        List<CurrentJourney> enrolled = js.stream().filter(j -> j.enrolmentDate() != null).toList();
        part = enrolled.stream().filter(j -> !j.enrolmentDate().isAfter(end)
                && (j.closure() == null || !j.closure().date().isBefore(start))).toList();
        fresh = part.stream().filter(j -> !j.enrolmentDate().isBefore(start)).toList();
        List<CurrentJourney> atStart = part.stream().filter(j -> j.enrolmentDate().isBefore(start)).toList();
        closed = part.stream().filter(j -> j.closure() != null && between(start, j.closure().date(), end)).toList();
        List<CurrentJourney> atEnd = part.stream().filter(j -> !(j.closure() != null && !j.closure().date().isAfter(end))).toList();

        Map<String, Object> participants = new LinkedHashMap<>();
        participants.put("total", part.size());
        participants.put("new", fresh.size());
        participants.put("activeAtStart", atStart.size());
        participants.put("activeAtEnd", atEnd.size());
        participants.put("closed", closed.size());
        participants.put("byGender", counts(GENDERS, names(part, CurrentJourney::gender)));
        participants.put("newByGender", counts(GENDERS, names(fresh, CurrentJourney::gender)));
        participants.put("byAgeBand", counts(AGE_BANDS, part.stream().map(j -> ageBand(
                (closed.contains(j) ? j.closure().date() : end).getYear() - j.birthYear())).toList()));
        participants.put("byReferringParty", counts(PARTIES, names(part, CurrentJourney::referringParty)));
        participants.put("newByReferringParty", counts(PARTIES, names(fresh, CurrentJourney::referringParty)));
        participants.put("byReferringUnit", openCounts(part.stream().map(OracleHelpers::unitKey).toList()));
        participants.put("newByReferringUnit", openCounts(fresh.stream().map(OracleHelpers::unitKey).toList()));
        participants.put("bySupportBefore", counts(SUPPORT, names(part, CurrentJourney::supportBefore)));
        participants.put("newBySupportBefore", counts(SUPPORT, names(fresh, CurrentJourney::supportBefore)));
        participants.put("byTimeInPublicSupport", counts(SUPPORT_BUCKETS,
                part.stream().map(j -> supportBucket(j.yearsInPublicSupport())).toList()));
        participants.put("byHomeMunicipality", openCounts(part.stream().map(CurrentJourney::homeMunicipality).toList()));
        tree.put("participants", participants);

        measured = closed.stream().filter(j -> !j.closure().cause().name().equals("DROPOUT")).toList();
        Map<String, Object> byCause = counts(CAUSES, names(closed, j -> j.closure().cause()));
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("closures", closed.size());
        table.put("dropouts", byCause.get("DROPOUT"));
        STANDARD_GROUPS.forEach((column, causes) ->
                table.put(column, causes.stream().mapToInt(c -> (Integer) byCause.get(c)).sum()));
        int green = GREEN.stream().mapToInt(c -> (Integer) table.get(c)).sum();
        Map<String, Object> closures = new LinkedHashMap<>();
        closures.put("total", closed.size());
        closures.put("dropouts", byCause.get("DROPOUT"));
        closures.put("byCause", byCause);
        closures.put("bySupportAfter", counts(SUPPORT, names(closed, j -> j.closure().supportAfter())));
        closures.put("standardTable", table);
        Map<String, Object> shares = new LinkedHashMap<>();
        STANDARD_GROUPS.keySet().forEach(column -> shares.put(column, share((Integer) table.get(column), measured.size())));
        closures.put("shares", shares);
        Map<String, Object> greenOutcomes = new LinkedHashMap<>();
        greenOutcomes.put("count", green);
        greenOutcomes.put("share", share(green, measured.size()));
        closures.put("greenOutcomes", greenOutcomes);
        closures.put("workSubsidised", count(closed, j -> j.closure().cause().name().equals("WORK")
                && Boolean.TRUE.equals(j.closure().subsidised())));
        closures.put("workUnsubsidised", count(closed, j -> j.closure().cause().name().equals("WORK")
                && !Boolean.TRUE.equals(j.closure().subsidised())));
        closures.put("meanAgeAtClosure", byGenderMeans(measured.stream().map(j -> Map.entry(j.gender().name(),
                Frac.of(j.closure().date().getYear() - j.birthYear()))).toList()));
        closures.put("meanYearsInPublicSupport", byGenderMeans(measured.stream()
                .filter(j -> j.yearsInPublicSupport() != null)
                .map(j -> Map.entry(j.gender().name(), Frac.of(j.yearsInPublicSupport()))).toList()));
        tree.put("closures", closures);

        List<Map.Entry<String, Frac>> months = measured.stream().map(j -> Map.entry(j.gender().name(),
                Frac.of(ChronoUnit.DAYS.between(j.enrolmentDate(), j.closure().date())).over(MONTH_DAYS))).toList();
        Map<String, Object> throughput = new LinkedHashMap<>();
        throughput.put("count", months.size());
        throughput.put("meanMonths", mean(months.stream().map(Map.Entry::getValue).toList()));
        throughput.put("medianMonths", median(months.stream().map(Map.Entry::getValue).toList()));
        Map<String, Object> byGender = new LinkedHashMap<>();
        GENDERS.forEach(g -> byGender.put(g, mean(months.stream().filter(m -> m.getKey().equals(g))
                .map(Map.Entry::getValue).toList())));
        throughput.put("meanMonthsByGender", byGender);
        tree.put("throughputTime", throughput);

        Map<String, Object> referrals = new LinkedHashMap<>();
        referrals.put("received", count(js, j -> between(start, j.referralDate(), end)));
        referrals.put("withdrawn", count(js, j -> j.withdrawalDate() != null && between(start, j.withdrawalDate(), end)));
        referrals.put("waitingAtEnd", count(js, j -> !j.referralDate().isAfter(end)
                && !(j.enrolmentDate() != null && !j.enrolmentDate().isAfter(end))
                && !(j.withdrawalDate() != null && !j.withdrawalDate().isAfter(end))));
        referrals.put("meanDaysToEnrolment", mean(fresh.stream()
                .map(j -> Frac.of(ChronoUnit.DAYS.between(j.referralDate(), j.enrolmentDate()))).toList()));
        tree.put("referrals", referrals);

        List<Map.Entry<CurrentJourney, CurrentJourney.Training>> active = new ArrayList<>();
        for (CurrentJourney j : part) {
            for (CurrentJourney.Training t : j.trainings()) {
                if (!t.start().isAfter(end) && (t.end() == null || !t.end().isBefore(start))) {
                    active.add(Map.entry(j, t));
                }
            }
        }
        Map<String, Object> workTraining = new LinkedHashMap<>();
        workTraining.put("trainings", active.size());
        workTraining.put("participants", (int) active.stream().map(a -> a.getKey().journeyId()).distinct().count());
        Map<String, Object> bySector = new LinkedHashMap<>();
        SECTORS.forEach(s -> bySector.put(s, (int) active.stream().filter(a -> a.getValue().sector().name().equals(s))
                .map(a -> a.getKey().journeyId()).distinct().count()));
        workTraining.put("bySector", bySector);
        tree.put("workTraining", workTraining);

        tree.put("assessments", Map.of("byInstrument", IndependentAssessments.byInstrument(js, part, start, end)));
    }

    /** report(): every Frac rounded. */
    static Object rounded(Object tree) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put((String) k, rounded(v)));
            return result;
        }
        return tree instanceof Frac f ? f.rnd() : tree;
    }

    /** leaves(): every Integer or Frac, by dotted path. */
    static Map<String, Object> leaves(Map<String, Object> tree, String prefix) {
        Map<String, Object> result = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> sub = (Map<String, Object>) map;
                result.putAll(leaves(sub, prefix + key + "."));
            } else if (value instanceof Integer || value instanceof Frac) {
                result.put(prefix + key, value);
            }
        });
        return result;
    }

    /** report(compare=True)'s change. */
    static Map<String, Object> change(IndependentReport current, IndependentReport previous) {
        Map<String, Object> before = leaves(previous.tree, "");
        Map<String, Object> change = new LinkedHashMap<>();
        leaves(current.tree, "").forEach((path, value) -> {
            Object was = before.get(path);
            if (was != null) {
                change.put(path, value instanceof Integer v && was instanceof Integer w ? (Object) (v - w)
                        : frac(value).minus(frac(was)).rnd());
            }
        });
        return change;
    }

    /** members(): the journey ids counted in the cells the oracle knows. */
    List<String> members(String cell) {
        String[] parts = cell.split("\\.");
        List<CurrentJourney> pool = switch (parts[0] + "." + parts[1]) {
            case "participants.total" -> part;
            case "participants.new" -> fresh;
            case "participants.closed" -> closed;
            case "participants.byGender" -> part.stream().filter(j -> j.gender().name().equals(parts[2])).toList();
            case "participants.newByReferringParty" ->
                    fresh.stream().filter(j -> j.referringParty().name().equals(parts[2])).toList();
            case "closures.standardTable" -> parts[2].equals("closures") ? closed : closed.stream()
                    .filter(j -> (parts[2].equals("dropouts") ? List.of("DROPOUT") : STANDARD_GROUPS.get(parts[2]))
                            .contains(j.closure().cause().name())).toList();
            default -> throw new IllegalArgumentException("members() does not know cell " + cell);
        };
        return pool.stream().map(CurrentJourney::journeyId).sorted().toList();
    }

    private static Frac frac(Object value) {
        return value instanceof Integer i ? Frac.of(i) : (Frac) value;
    }
}
