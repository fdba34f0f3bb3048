package se.finsam.journey.ledger.figures;

import java.util.Map;

/**
 * The staff of a scope over a period: full-time equivalents in total and by role, by the member organisation that
 * employs and by the one that pays (co-financing counted with its payer), the people holding the positions, and the
 * participants per full-time equivalent.
 *
 * @param fte the full-time equivalents on average over the period: a position held for half of it counts half
 */
public record StaffFigures(Value fte, Map<String, Value> fteByRole, Map<String, Value> fteByEmployer,
                           Map<String, Value> fteByPayer, Value headcount, Value participants,
                           Value participantsPerFte) {
}
