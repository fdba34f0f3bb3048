package se.finsam.journey.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.RuleViolation;

/**
 * What may be linked and unlinked, for staff's records and the service's automatic links alike. Pure: the
 * association's links as they stand come in, a record to store (or a refusal) comes out.
 */
public final class PersonLinkRules {

    /** The longest reason, as for every free-text field of a record. */
    public static final int MAX_REASON = 200;

    private PersonLinkRules() {
    }

    /**
     * The automatic link of a journey just recorded with an identity number to the earliest other journey of the
     * association with the same pseudonym ({@code earlierWithSamePseudonym}, earliest first): none when there is
     * none, when the two already count as one person, or when staff unlinked the pair.
     */
    public static Optional<JourneysLinked> automatic(PersonLinks links, String association, String journeyId,
                                                     List<String> earlierWithSamePseudonym, String recordId,
                                                     LocalDate today, String recordedBy) {
        for (String earlier : earlierWithSamePseudonym) {
            if (earlier.equals(journeyId) || links.unlinkedByStaff(journeyId, earlier)) {
                continue;
            }
            if (links.samePerson(journeyId, earlier)) {
                return Optional.empty();
            }
            return Optional.of(new JourneysLinked(association, recordId, journeyId, earlier, JourneysLinked.AUTOMATIC,
                    "the same identity number was recorded for both journeys", today, recordedBy));
        }
        return Optional.empty();
    }

    /** Staff's link of two journeys (both known to be of the association and theirs). */
    public static JourneysLinked link(PersonLinks links, String association, String journeyId, String other,
                                      String reason, String recordId, LocalDate today, String recordedBy) {
        notItself(journeyId, other);
        String checked = checkedReason(reason);
        if (links.linked(journeyId, other)) {
            throw RuleViolation.conflict("already-linked", "journeys '" + journeyId + "' and '" + other
                    + "' are already linked as the same person").with("journey", other);
        }
        if (links.samePerson(journeyId, other)) {
            throw RuleViolation.conflict("already-same-person", "journeys '" + journeyId + "' and '" + other
                    + "' already count as the same person through links to other journeys").with("journey", other);
        }
        return new JourneysLinked(association, recordId, journeyId, other, JourneysLinked.MANUAL, checked, today,
                recordedBy);
    }

    /** Staff's unlink of two linked journeys; it overrides an automatic link too. */
    public static JourneysUnlinked unlink(PersonLinks links, String association, String journeyId, String other,
                                          String reason, String recordId, LocalDate today, String recordedBy) {
        notItself(journeyId, other);
        String checked = checkedReason(reason);
        if (!links.linked(journeyId, other)) {
            throw RuleViolation.conflict("not-linked", "journeys '" + journeyId + "' and '" + other
                    + "' are not linked to each other, so there is nothing to unlink").with("journey", other);
        }
        return new JourneysUnlinked(association, recordId, journeyId, other, checked, today, recordedBy);
    }

    private static void notItself(String journeyId, String other) {
        if (journeyId.equals(other)) {
            throw RuleViolation.invalid("link-to-itself", "a journey cannot be linked to or unlinked from itself; "
                    + "name another journey").at("journey");
        }
    }

    private static String checkedReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("reason-required", "say why (a reason is required for linking and "
                    + "unlinking journeys)").at("reason");
        }
        if (reason.length() > MAX_REASON) {
            throw RuleViolation.invalid("reason-too-long", "the reason holds at most " + MAX_REASON + " characters")
                    .at("reason");
        }
        if (PersonalIdentityNumber.foundIn(reason)) {
            throw RuleViolation.invalid("identity-number-in-text", "the reason holds something shaped like a personal "
                    + "identity number; free text must never hold one").at("reason");
        }
        return reason.strip();
    }
}
