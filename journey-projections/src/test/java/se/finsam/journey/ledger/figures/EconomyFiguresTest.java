package se.finsam.journey.ledger.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.ledger.figures.LedgerScripts.FIRST_HALF_2025;
import static se.finsam.journey.ledger.figures.LedgerScripts.participants;
import static se.finsam.journey.ledger.figures.LedgerScripts.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.events.AllocationRecorded;
import se.finsam.journey.ledger.events.BudgetRecorded;
import se.finsam.journey.ledger.events.CostRecorded;
import se.finsam.journey.ledger.events.ForecastRecorded;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;
import se.finsam.journey.ledger.money.CostType;
import se.finsam.journey.ledger.money.Party;

/**
 * The economy figures against Samverkansteam Avesta's published table (S2, "Budgetutfall med utfall per 2025-06-30
 * och helårsprognos 2025"): budget, outcome, difference and the forecast's deviation per type, and "ca 61 % av
 * tilldelningen förbrukad", "underskott ca 419 000".
 */
class EconomyFiguresTest {

    private static final LedgerId AVESTA = LedgerId.initiative("avesta");
    private static final String L = AVESTA.value();
    private static final CostType STAFF = new CostType("STAFF");
    private static final CostType PREMISES = new CostType("PREMISES");
    private static final CostType OTHER = new CostType("OTHER");
    private static final LocalDate FORECAST_DAY = LocalDate.of(2025, 8, 15);

    private static List<LedgerEvent> avesta2025() {
        return List.of(
                new AllocationRecorded(L, "a", "office", 2025, Party.ASSOCIATION, 1_840_000_00L),
                new BudgetRecorded(L, "b1", "office", 2025, STAFF, 1_640_000_00L),
                new BudgetRecorded(L, "b2", "office", 2025, PREMISES, 40_000_00L),
                new BudgetRecorded(L, "b3", "office", 2025, OTHER, 160_000_00L),
                new CostRecorded(L, "c1", "office", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), STAFF, 540_000_00L),
                new CostRecorded(L, "c2", "office", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), STAFF, 553_533_00L),
                new CostRecorded(L, "c3", "office", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), OTHER, 33_664_00L),
                new CostRecorded(L, "c4", "office", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), STAFF, 180_000_00L),
                new ForecastRecorded(L, "f0", "office", 2025, LocalDate.of(2025, 4, 1), STAFF, 2_000_000_00L),
                new ForecastRecorded(L, "f1", "office", 2025, FORECAST_DAY, STAFF, 2_190_000_00L),
                new ForecastRecorded(L, "f2", "office", 2025, FORECAST_DAY, PREMISES, 0),
                new ForecastRecorded(L, "f3", "office", 2025, FORECAST_DAY, OTHER, 69_000_00L));
    }

    private static EconomyFigures figures(List<LedgerEvent> events, int participants) {
        List<LedgerSnapshot> ledgers = List.of(snapshot(AVESTA, events));
        return EconomyDefinitions.compute(ledgers, FIRST_HALF_2025, participants(FIRST_HALF_2025, participants, 0),
                EconomyDefinitions.Rows.of(ledgers, 2025));
    }

    @Test
    void theBudgetTableOfTheFirstHalfYearIsAvestasPublishedOne() {
        EconomyFigures figures = figures(avesta2025(), 71);

        assertThat(figures.byCostType().keySet()).containsExactly("STAFF", "PREMISES", "OTHER");
        assertThat(row(figures, "STAFF")).containsExactly("1640000.00", "1093533.00", "546467.00", "2190000.00", "-550000.00");
        assertThat(row(figures, "PREMISES")).containsExactly("40000.00", "0.00", "40000.00", "0.00", "40000.00");
        assertThat(row(figures, "OTHER")).containsExactly("160000.00", "33664.00", "126336.00", "69000.00", "91000.00");
        assertThat(figures.budget().rendered()).isEqualTo(new BigDecimal("1840000.00"));
        assertThat(figures.costs().rendered()).isEqualTo(new BigDecimal("1127197.00"));
        assertThat(figures.budgetDeviation().rendered()).isEqualTo(new BigDecimal("-419000.00"));
    }

    @Test
    void aboutSixtyOnePercentOfTheAllocationIsUsed() {
        EconomyFigures figures = figures(avesta2025(), 71);

        assertThat(figures.shareUsed().rendered()).isEqualTo(new BigDecimal("61.3"));
        assertThat(figures.difference().rendered()).isEqualTo(new BigDecimal("712803.00"));
        assertThat(figures.forecastDeviation().rendered()).isEqualTo(new BigDecimal("-419000.00"));
    }

    @Test
    void julysCostsAreNotThoseOfTheFirstHalfYearAndAQuarterlyOneAcrossItsEndIsNamed() {
        List<LedgerEvent> events = new java.util.ArrayList<>(avesta2025());
        events.add(new CostRecorded(L, "c5", "office", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31), PREMISES, 9_000_00L));

        EconomyFigures figures = figures(events, 71);

        assertThat(figures.costs().rendered()).isEqualTo(new BigDecimal("1127197.00"));
        assertThat(figures.costsOutsidePeriod().rendered()).isEqualTo(1L);
    }

    @Test
    void theCostPerParticipantIsTheCostsOverTheParticipantsToTheÖre() {
        EconomyFigures figures = figures(avesta2025(), 71);

        assertThat(figures.participants().participants().rendered()).isEqualTo(71L);
        assertThat(figures.costPer().participant().rendered()).isEqualTo(new BigDecimal("15876.01"));
        assertThat(figures.costPer().closure().rendered()).isNull();
    }

    @Test
    void aRetractedCostCountsNowhere() {
        List<LedgerEvent> events = new java.util.ArrayList<>(avesta2025());
        events.add(new LedgerRecordRetracted(L, "r1", "office", LocalDate.of(2025, 9, 1), "c3", "fel konto"));

        EconomyFigures figures = figures(events, 71);

        assertThat(row(figures, "OTHER").get(1)).isEqualTo("0.00");
        assertThat(figures.costs().rendered()).isEqualTo(new BigDecimal("1093533.00"));
    }

    private static List<String> row(EconomyFigures figures, String type) {
        EconomyFigures.CostTypeRow row = figures.byCostType().get(type);
        return java.util.stream.Stream.of(row.budget(), row.costs(), row.difference(), row.forecast(), row.deviation())
                .map(v -> ((BigDecimal) v.rendered()).toPlainString()).toList();
    }
}
