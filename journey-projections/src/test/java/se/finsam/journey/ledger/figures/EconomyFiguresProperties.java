package se.finsam.journey.ledger.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.events.AllocationRecorded;
import se.finsam.journey.ledger.events.BudgetRecorded;
import se.finsam.journey.ledger.events.CostRecorded;
import se.finsam.journey.ledger.events.ForecastRecorded;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;
import se.finsam.journey.ledger.money.CostType;
import se.finsam.journey.ledger.money.Party;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;

/**
 * The money arithmetic on random ledgers, against a recomputation from the raw records that shares nothing with the
 * definitions: parts add up to their whole in öre, the share used and the costs per participant are the exact
 * ratios rounded half-up once, and a retraction takes away exactly the amount it retracts.
 */
class EconomyFiguresProperties {

    private static final List<Party> PARTIES = List.of(Party.ASSOCIATION, Party.parse("p", "SOCIAL_INSURANCE_AGENCY"),
            Party.parse("p", "REGION"), Party.parse("p", "MUNICIPALITY:1982"), Party.parse("p", "OTHER:ESF"));
    private static final List<CostType> TYPES = List.of(new CostType("STAFF"), new CostType("PREMISES"),
            new CostType("OTHER"), new CostType("Resor"));

    @Property
    void everyPartAddsUpToItsWholeAndTheWholeToTheRecords(@ForAll long seed) {
        Random random = new Random(seed);
        List<List<LedgerEvent>> raw = ledgers(random);
        ReportPeriod period = period(random);
        List<LedgerSnapshot> snapshots = snapshots(raw);
        EconomyDefinitions.Rows rows = EconomyDefinitions.Rows.of(snapshots, 2025);
        EconomyFigures whole = EconomyDefinitions.compute(snapshots, period, null, rows);

        long allocated = 0;
        long costs = 0;
        for (List<LedgerEvent> ledger : raw) {
            Set<String> retracted = retracted(ledger);
            for (LedgerEvent event : ledger) {
                if (retracted.contains(event.recordId())) {
                    continue;
                }
                if (event instanceof AllocationRecorded a && a.year() == 2025) {
                    allocated += a.amountOre();
                } else if (event instanceof CostRecorded c && !c.from().isBefore(period.from())
                        && !c.to().isAfter(period.to())) {
                    costs += c.amountOre();
                }
            }
        }
        assertThat(ore(whole.allocated())).isEqualTo(allocated);
        assertThat(ore(whole.costs())).isEqualTo(costs);
        assertThat(whole.allocatedByParty().values().stream().mapToLong(EconomyFiguresProperties::ore).sum())
                .isEqualTo(allocated);
        assertThat(whole.byCostType().values().stream().mapToLong(row -> ore(row.costs())).sum()).isEqualTo(costs);
        if (whole.budget().shown()) {
            assertThat(whole.byCostType().values().stream().filter(row -> row.budget().shown())
                    .mapToLong(row -> ore(row.budget())).sum()).isEqualTo(ore(whole.budget()));
        }
        if (whole.forecast().shown()) {
            assertThat(whole.byCostType().values().stream().filter(row -> row.forecast().shown())
                    .mapToLong(row -> ore(row.forecast())).sum()).isEqualTo(ore(whole.forecast()));
        }
        long allocatedPerTeam = 0;
        long costsPerTeam = 0;
        for (LedgerSnapshot team : snapshots) {
            EconomyFigures own = EconomyDefinitions.compute(List.of(team), period, null, rows);
            allocatedPerTeam += ore(own.allocated());
            costsPerTeam += ore(own.costs());
        }
        assertThat(allocatedPerTeam).isEqualTo(allocated);
        assertThat(costsPerTeam).isEqualTo(costs);
        assertThat(ore(whole.difference())).isEqualTo(allocated - costs);
    }

    @Property
    void theShareUsedIsTheExactRatioRoundedHalfUpOnce(@ForAll long seed) {
        Random random = new Random(seed);
        List<LedgerSnapshot> snapshots = snapshots(ledgers(random));
        ReportPeriod period = period(random);
        EconomyFigures figures = EconomyDefinitions.compute(snapshots, period, null,
                EconomyDefinitions.Rows.of(snapshots, 2025));
        long allocated = ore(figures.allocated());
        long costs = ore(figures.costs());
        if (allocated == 0) {
            assertThat(figures.shareUsed().rendered()).isNull();
            return;
        }
        assertThat(figures.shareUsed().exact()).isEqualTo(Ratio.of(100 * costs, allocated));
        assertThat(figures.shareUsed().rendered()).isEqualTo(BigDecimal.valueOf(costs).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(allocated), 1, RoundingMode.HALF_UP));
    }

    @Property(tries = 200)
    void theCostPerParticipantTimesTheParticipantsIsTheCosts(@ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 120) int participants) {
        Random random = new Random(seed);
        List<LedgerSnapshot> snapshots = snapshots(ledgers(random));
        ReportPeriod period = period(random);
        ReportFigures report = LedgerScripts.participants(period, participants, random.nextInt(participants + 1));
        EconomyFigures figures = EconomyDefinitions.compute(snapshots, period, report,
                EconomyDefinitions.Rows.of(snapshots, 2025));
        long costs = ore(figures.costs());
        assertThat(figures.costPer().participant().exact().times(Ratio.of(participants)))
                .isEqualTo(Ratio.of(costs, 100));
        assertThat(figures.costPer().participant().rendered()).isEqualTo(BigDecimal.valueOf(costs)
                .divide(BigDecimal.valueOf(100L * participants), 2, RoundingMode.HALF_UP));
        int closures = report.count("closures.total").orElseThrow();
        assertThat(figures.costPer().closure().rendered()).isEqualTo(closures == 0 ? null : BigDecimal.valueOf(costs)
                .divide(BigDecimal.valueOf(100L * closures), 2, RoundingMode.HALF_UP));
    }

    @Property
    void aRetractionTakesAwayExactlyTheAmountItRetracts(@ForAll long seed) {
        Random random = new Random(seed);
        List<List<LedgerEvent>> raw = ledgers(random);
        List<LedgerEvent> ledger = raw.get(0);
        Set<String> retracted = retracted(ledger);
        List<LedgerEvent> candidates = ledger.stream().filter(e -> e instanceof AllocationRecorded
                || e instanceof CostRecorded).filter(e -> !retracted.contains(e.recordId())).toList();
        if (candidates.isEmpty()) {
            return;
        }
        LedgerEvent target = candidates.get(random.nextInt(candidates.size()));
        ReportPeriod period = period(random);
        List<LedgerEvent> withRetraction = new ArrayList<>(ledger);
        withRetraction.add(new LedgerRecordRetracted(team(0).value(), "retract-it", "office",
                LocalDate.of(2026, 1, 15), target.recordId(), "fel"));
        List<LedgerEvent> without = ledger.stream().filter(e -> e != target).toList();

        EconomyFigures before = compute(raw, ledger, period);
        EconomyFigures after = compute(raw, withRetraction, period);
        EconomyFigures neverRecorded = compute(raw, without, period);

        long allocationTaken = target instanceof AllocationRecorded a && a.year() == 2025 ? a.amountOre() : 0;
        long costTaken = target instanceof CostRecorded c && EconomyDefinitions.within(c, period) ? c.amountOre() : 0;
        assertThat(ore(after.allocated())).isEqualTo(ore(before.allocated()) - allocationTaken);
        assertThat(ore(after.costs())).isEqualTo(ore(before.costs()) - costTaken);
        assertThat(Cells.of(after)).isEqualTo(Cells.of(neverRecorded));
    }

    /** Figures of the scope with the first ledger's records replaced, over the rows of the unchanged ledgers. */
    private static EconomyFigures compute(List<List<LedgerEvent>> raw, List<LedgerEvent> first, ReportPeriod period) {
        List<List<LedgerEvent>> ledgers = new ArrayList<>(raw);
        ledgers.set(0, first);
        List<LedgerSnapshot> snapshots = snapshots(ledgers);
        return EconomyDefinitions.compute(snapshots, period, null, EconomyDefinitions.Rows.of(snapshots(raw), 2025));
    }

    private static long ore(Value value) {
        return value.exact().times(Ratio.of(100)).rounded(0).longValueExact();
    }

    private static Set<String> retracted(List<LedgerEvent> ledger) {
        Set<String> retracted = new HashSet<>();
        ledger.stream().filter(LedgerRecordRetracted.class::isInstance)
                .forEach(e -> retracted.add(((LedgerRecordRetracted) e).retracts()));
        return retracted;
    }

    private static List<LedgerSnapshot> snapshots(List<List<LedgerEvent>> raw) {
        List<LedgerSnapshot> snapshots = new ArrayList<>();
        for (int t = 0; t < raw.size(); t++) {
            snapshots.add(LedgerScripts.snapshot(team(t), raw.get(t)));
        }
        return snapshots;
    }

    private static LedgerId team(int index) {
        return LedgerId.initiative("team-" + index);
    }

    /** A period of whole months within 2025. */
    private static ReportPeriod period(Random random) {
        int first = 1 + random.nextInt(12);
        int last = first + random.nextInt(13 - first);
        LocalDate from = LocalDate.of(2025, first, 1);
        return new ReportPeriod(from, LocalDate.of(2025, last, 1).plusMonths(1).minusDays(1));
    }

    private static List<List<LedgerEvent>> ledgers(Random random) {
        List<List<LedgerEvent>> ledgers = new ArrayList<>();
        int teams = 1 + random.nextInt(3);
        for (int t = 0; t < teams; t++) {
            String ledger = team(t).value();
            List<LedgerEvent> events = new ArrayList<>();
            events.add(new AllocationRecorded(ledger, "first", "office", 2025, Party.ASSOCIATION, amount(random, 1)));
            int records = random.nextInt(30);
            for (int i = 0; i < records; i++) {
                String id = "r" + i;
                CostType type = TYPES.get(random.nextInt(TYPES.size()));
                switch (random.nextInt(5)) {
                    case 0 -> events.add(new AllocationRecorded(ledger, id, "office", 2024 + random.nextInt(2),
                            PARTIES.get(random.nextInt(PARTIES.size())), amount(random, 1)));
                    case 1 -> events.add(new BudgetRecorded(ledger, id, "office", 2025, type, amount(random, 0)));
                    case 2 -> {
                        LedgerEvent target = events.get(random.nextInt(events.size()));
                        if (!(target instanceof LedgerRecordRetracted) && !retracted(events).contains(target.recordId())) {
                            events.add(new LedgerRecordRetracted(ledger, id, "office", LocalDate.of(2025, 12, 1),
                                    target.recordId(), "fel"));
                        }
                    }
                    case 3 -> events.add(new ForecastRecorded(ledger, id, "office", 2025,
                            LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)), type, amount(random, 0)));
                    default -> {
                        LocalDate from = LocalDate.of(2024, 12, 1).plusMonths(random.nextInt(14));
                        LocalDate to = from.plusMonths(random.nextInt(3) == 0 ? 2 : 0).plusMonths(1).minusDays(1);
                        long amount = random.nextInt(10) == 0 ? -amount(random, 1) : amount(random, 1);
                        events.add(new CostRecorded(ledger, id, "office", from, to, type, amount));
                    }
                }
            }
            ledgers.add(events);
        }
        return ledgers;
    }

    /** Öre from {@code least} up to five million kronor, often round, sometimes with öre. */
    private static long amount(Random random, long least) {
        long ore = least + (long) (random.nextDouble() * 500_000_000L);
        return random.nextBoolean() ? ore - ore % 100 : ore;
    }
}
