package se.finsam.journey.ledger.activities;

import java.util.List;
import se.finsam.journey.ledger.OpenList;

/**
 * The kind of an activity that is not one participant's journey: group programmes and courses for participants,
 * and the association's structural work (information meetings, training days, events for employers, network
 * meetings), or a kind of a team's own by name.
 */
public record ActivityKind(String code) {

    public static final List<String> STANDARD = List.of("GROUP_PROGRAMME", "COURSE", "INFORMATION_MEETING",
            "TRAINING_DAY", "EMPLOYER_EVENT", "NETWORK_MEETING", "CASE_REVIEW", "OTHER");

    public static ActivityKind parse(String field, String text) {
        return new ActivityKind(OpenList.parse(field, text, STANDARD));
    }

    public boolean isStandard() {
        return OpenList.isStandard(code, STANDARD);
    }
}
