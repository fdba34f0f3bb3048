package se.finsam.journey.ledger.figures;

import java.util.Map;

/**
 * The money of a scope in a budget year, for a period within it: allocation by financing party, budget, costs
 * (utfall) in the period and the year's forecast, by type of cost and in total; what is left and the share used;
 * the forecast's deviation from the allocation and the budget; and the costs per participant, per new participant,
 * per closure and per green outcome, over the participant report of the same scope, period and position.
 *
 * @param difference        allocated − costs
 * @param shareUsed         100 × costs ÷ allocated
 * @param forecastDeviation allocated − forecast (negative: a deficit, "underskott")
 * @param budgetDeviation   budget − forecast
 * @param costsOutsidePeriod cost records of the year whose period lies partly outside the report's period: not
 *                          counted, and named so that a reader knows the costs are incomplete
 */
public record EconomyFigures(int year, Value allocated, Map<String, Value> allocatedByParty, Value budget,
                             Value costs, Value forecast, Map<String, CostTypeRow> byCostType, Value difference,
                             Value shareUsed, Value forecastDeviation, Value budgetDeviation,
                             Value costsOutsidePeriod, Participants participants, CostPer costPer) {

    /**
     * One type of cost: budget, costs in the period, their difference (budget − costs), the year's forecast and its
     * deviation from the budget (budget − forecast); S2's "Budgetutfall" table.
     */
    public record CostTypeRow(Value budget, Value costs, Value difference, Value forecast, Value deviation) {
    }

    /** The participant report's counts the costs are divided by. */
    public record Participants(Value participants, Value newParticipants, Value closures, Value greenOutcomes) {
    }

    /** Costs in the period per participant, per new participant, per closure and per green outcome, to the öre. */
    public record CostPer(Value participant, Value newParticipant, Value closure, Value greenOutcome) {
    }
}
