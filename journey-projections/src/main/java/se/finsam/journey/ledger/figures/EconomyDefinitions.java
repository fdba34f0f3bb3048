package se.finsam.journey.ledger.figures;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.finsam.journey.ledger.events.AllocationRecorded;
import se.finsam.journey.ledger.events.BudgetRecorded;
import se.finsam.journey.ledger.events.CostRecorded;
import se.finsam.journey.ledger.events.ForecastRecorded;
import se.finsam.journey.ledger.money.CostType;
import se.finsam.journey.ledger.money.PartyKind;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;

/**
 * The one place where the economy report's figures are defined. The budget year is the period's year; live records
 * only (a retracted record counts nowhere):
 * <ul>
 *   <li><b>allocated</b>: allocations of the year, by financing party;</li>
 *   <li><b>budget</b>: budget lines of the year, by type of cost (none when no line was recorded);</li>
 *   <li><b>costs</b>: cost records whose period lies within the report's period, by type; a cost record that
 *   overlaps the period without lying within it is not counted, only counted in {@code costsOutsidePeriod};</li>
 *   <li><b>forecast</b>: per type of cost the latest forecast of the year (by its date, then as recorded);
 *   none when no forecast was recorded;</li>
 *   <li><b>cost per X</b>: costs ÷ X, X being the participant report's {@code participants.total},
 *   {@code participants.new}, {@code closures.total} and {@code closures.greenOutcomes.count}; none over 0.</li>
 * </ul>
 * Amounts are summed in öre as {@code long}s; ratios are exact and rounded once, when shown.
 */
public final class EconomyDefinitions {

    /** Parties in the order the seed reports list them: the association first, then the members. */
    private static final List<PartyKind> PARTY_ORDER = List.of(PartyKind.ASSOCIATION,
            PartyKind.SOCIAL_INSURANCE_AGENCY, PartyKind.REGION, PartyKind.MUNICIPALITY,
            PartyKind.EMPLOYMENT_SERVICE, PartyKind.OTHER);

    private EconomyDefinitions() {
    }

    /** The rows both years of a comparison carry: parties and types of cost found in either. */
    public record Rows(List<String> parties, List<String> costTypes) {

        public static Rows of(Collection<LedgerSnapshot> ledgers, int... years) {
            List<Integer> wanted = java.util.Arrays.stream(years).boxed().toList();
            List<AllocationRecorded> allocations = Keys.live(ledgers, AllocationRecorded.class)
                    .filter(a -> wanted.contains(a.year())).toList();
            List<String> parties = allocations.stream()
                    .sorted(Comparator.comparing((AllocationRecorded a) -> PARTY_ORDER.indexOf(a.financingParty().kind()))
                            .thenComparing(a -> a.financingParty().key()))
                    .map(a -> a.financingParty().key()).distinct().toList();
            List<CostType> types = Stream.<Stream<CostType>>of(
                    Keys.live(ledgers, BudgetRecorded.class).filter(b -> wanted.contains(b.year())).map(BudgetRecorded::costType),
                    Keys.live(ledgers, CostRecorded.class).filter(c -> wanted.contains(c.from().getYear())
                            || wanted.contains(c.to().getYear())).map(CostRecorded::costType),
                    Keys.live(ledgers, ForecastRecorded.class).filter(f -> wanted.contains(f.year())).map(ForecastRecorded::costType))
                    .flatMap(Function.identity()).toList();
            return new Rows(parties, Keys.of(CostType.STANDARD, true, types, CostType::code));
        }
    }

    public static EconomyFigures compute(Collection<LedgerSnapshot> ledgers, ReportPeriod period,
                                         ReportFigures participantReport, Rows rows) {
        int year = period.from().getYear();
        if (period.to().getYear() != year) {
            throw new IllegalArgumentException("an economy report's period lies within one budget year");
        }
        Map<String, Long> allocated = sum(Keys.live(ledgers, AllocationRecorded.class).filter(a -> a.year() == year),
                a -> a.financingParty().key(), AllocationRecorded::amountOre);
        List<BudgetRecorded> budgetLines = Keys.live(ledgers, BudgetRecorded.class).filter(b -> b.year() == year).toList();
        Map<String, Long> budget = sum(budgetLines.stream(), b -> b.costType().code(), BudgetRecorded::amountOre);
        List<CostRecorded> costRecords = Keys.live(ledgers, CostRecorded.class).toList();
        Map<String, Long> costs = sum(costRecords.stream().filter(c -> within(c, period)), c -> c.costType().code(),
                CostRecorded::amountOre);
        long outside = costRecords.stream().filter(c -> overlaps(c, period) && !within(c, period)).count();
        Map<String, Long> forecast = latestForecasts(ledgers, year);

        long allocatedTotal = total(allocated);
        long costsTotal = total(costs);
        Value budgetTotal = budgetLines.isEmpty() ? Value.none(Value.Unit.KRONOR) : Value.kronor(total(budget));
        Value forecastTotal = forecast.isEmpty() ? Value.none(Value.Unit.KRONOR) : Value.kronor(total(forecast));
        Map<String, Value> byParty = new LinkedHashMap<>();
        rows.parties().forEach(party -> byParty.put(party, Value.kronor(allocated.getOrDefault(party, 0L))));
        Map<String, EconomyFigures.CostTypeRow> byType = new LinkedHashMap<>();
        for (String type : rows.costTypes()) {
            Value typeBudget = budget.containsKey(type) ? Value.kronor(budget.get(type)) : Value.none(Value.Unit.KRONOR);
            Value typeCosts = Value.kronor(costs.getOrDefault(type, 0L));
            Value typeForecast = forecast.containsKey(type) ? Value.kronor(forecast.get(type))
                    : Value.none(Value.Unit.KRONOR);
            byType.put(type, new EconomyFigures.CostTypeRow(typeBudget, typeCosts, typeBudget.minus(typeCosts),
                    typeForecast, typeBudget.minus(typeForecast)));
        }
        Value allocatedValue = Value.kronor(allocatedTotal);
        EconomyFigures.Participants participants = participants(participantReport);
        return new EconomyFigures(year, allocatedValue, byParty, budgetTotal, Value.kronor(costsTotal), forecastTotal,
                byType, Value.kronor(allocatedTotal - costsTotal), Value.percent(costsTotal, allocatedTotal),
                allocatedValue.minus(forecastTotal), budgetTotal.minus(forecastTotal), Value.count(outside),
                participants, new EconomyFigures.CostPer(per(costsTotal, participants.participants()),
                per(costsTotal, participants.newParticipants()), per(costsTotal, participants.closures()),
                per(costsTotal, participants.greenOutcomes())));
    }

    /** A cost record counts in a period when its own period lies within it. */
    public static boolean within(CostRecorded cost, ReportPeriod period) {
        return !cost.from().isBefore(period.from()) && !cost.to().isAfter(period.to());
    }

    private static boolean overlaps(CostRecorded cost, ReportPeriod period) {
        return !cost.to().isBefore(period.from()) && !cost.from().isAfter(period.to());
    }

    /** Per type of cost, the amount of the year's latest forecast: by its date, and of one date the last recorded. */
    private static Map<String, Long> latestForecasts(Collection<LedgerSnapshot> ledgers, int year) {
        Map<String, Long> latest = new HashMap<>();
        for (LedgerSnapshot ledger : ledgers) {
            Map<String, ForecastRecorded> ofLedger = new HashMap<>();
            ledger.history().live(ForecastRecorded.class).filter(f -> f.year() == year).forEach(f ->
                    ofLedger.merge(f.costType().code(), f, (earlier, later) ->
                            later.date().isBefore(earlier.date()) ? earlier : later));
            ofLedger.forEach((type, forecast) -> latest.merge(type, forecast.amountOre(), Math::addExact));
        }
        return latest;
    }

    private static EconomyFigures.Participants participants(ReportFigures report) {
        return new EconomyFigures.Participants(count(report, "participants.total"), count(report, "participants.new"),
                count(report, "closures.total"), count(report, "closures.greenOutcomes.count"));
    }

    private static Value count(ReportFigures report, String path) {
        if (report == null) {
            return Value.none(Value.Unit.COUNT);
        }
        return Value.count(report.count(path).orElseThrow(() -> new IllegalStateException("no count " + path)));
    }

    private static Value per(long costsOre, Value count) {
        return count.shown() && count.exact().signum() > 0
                ? Value.kronor(Ratio.of(costsOre).dividedBy(count.exact())) : Value.none(Value.Unit.KRONOR);
    }

    private static <T> Map<String, Long> sum(Stream<T> records, Function<T, String> key, java.util.function.ToLongFunction<T> ore) {
        return records.collect(Collectors.toMap(key, ore::applyAsLong, Math::addExact, LinkedHashMap::new));
    }

    private static long total(Map<String, Long> amounts) {
        return amounts.values().stream().reduce(0L, Math::addExact);
    }

}
