package se.finsam.journey.ledger;

import static se.finsam.journey.ledger.LedgerViolation.conflict;
import static se.finsam.journey.ledger.LedgerViolation.invalid;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.ledger.events.GoalAssessed;
import se.finsam.journey.ledger.events.GoalSet;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;

/**
 * The rules of a ledger: given everything it holds, decide whether a proposed record may be added. First the record
 * on its own ({@link LedgerContent}), then against the ledger: a resent record id, an assessment of a goal, a
 * retraction. Pure and deterministic ("today" is passed in), so the aggregate and the finance import decide alike.
 */
public final class LedgerRules {

    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private LedgerRules() {
    }

    public static LedgerDecision decide(LedgerHistory history, LedgerEvent proposed, LocalDate today) {
        if (!RECORD_ID.matcher(proposed.recordId()).matches() || PersonalIdentityNumber.looksLikeOne(proposed.recordId())) {
            throw invalid("recordId", "record-id-invalid", "a recordId may only hold letters A–Z, digits, '.', '_' "
                    + "and '-' (1–64 characters), and is never shaped like a personal identity number");
        }
        Optional<LedgerEvent> sameId = history.record(proposed.recordId());
        if (sameId.isPresent()) {
            return duplicateOf(history, sameId.get(), proposed);
        }
        if (!history.isEmpty() && !history.events().get(0).ledgerId().equals(proposed.ledgerId())) {
            throw new IllegalArgumentException("a record of ledger " + proposed.ledgerId() + " sent to another ledger");
        }
        LedgerContent.check(proposed, today);
        if (proposed instanceof GoalAssessed assessment) {
            goalOf(history, assessment.goal(), "goal");
        } else if (proposed instanceof LedgerRecordRetracted retraction) {
            retractionAllowed(history, retraction);
        }
        return new LedgerDecision(proposed, history.nextSequenceNumber(), false);
    }

    private static LedgerDecision duplicateOf(LedgerHistory history, LedgerEvent stored, LedgerEvent proposed) {
        if (!stored.sameRecordAs(proposed)) {
            throw conflict("recordId", "record-id-taken", "recordId '" + proposed.recordId() + "' is already used in "
                    + "this ledger for a different " + stored.type().described() + "; a corrected record needs a new "
                    + "recordId (and the wrong one a retraction)", proposed.recordId());
        }
        return new LedgerDecision(stored, history.sequenceNumberOf(stored.recordId()), true);
    }

    /** The live goal an assessment names. */
    private static GoalSet goalOf(LedgerHistory history, String goalId, String field) {
        Optional<LedgerEvent> goal = history.record(goalId);
        if (goal.isEmpty() || !(goal.get() instanceof GoalSet set)) {
            throw conflict(field, "goal-unknown", "this ledger has no goal '" + goalId + "' to assess", goalId);
        }
        if (history.isRetracted(goalId)) {
            throw conflict(field, "goal-retracted", "goal '" + goalId + "' was retracted; it can no longer be "
                    + "assessed", goalId);
        }
        return set;
    }

    private static void retractionAllowed(LedgerHistory history, LedgerRecordRetracted retraction) {
        String targetId = retraction.retracts();
        LedgerEvent target = history.record(targetId).orElseThrow(() -> conflict("retracts", "retracts-unknown",
                "this ledger has no record '" + targetId + "' to retract", targetId));
        if (target instanceof LedgerRecordRetracted) {
            throw conflict("retracts", "retracts-retraction", "record '" + targetId + "' is itself a retraction and "
                    + "cannot be retracted; record the right record again instead", targetId);
        }
        if (history.isRetracted(targetId)) {
            throw conflict("retracts", "already-retracted", "record '" + targetId + "' is already retracted",
                    targetId);
        }
        if (target instanceof GoalSet) {
            history.assessmentsOf(targetId).stream().findFirst().ifPresent(assessment -> {
                throw conflict("retracts", "retraction-with-dependants", "goal '" + targetId + "' cannot be "
                        + "retracted while its assessment '" + assessment.recordId() + "' stands; retract that "
                        + "first", targetId, assessment.recordId());
            });
        }
    }
}
