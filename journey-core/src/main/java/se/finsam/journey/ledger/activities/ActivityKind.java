package se.finsam.journey.ledger.activities;

import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.OpenList;

/**
 * The kind of an activity that is not one participant's journey: group programmes and courses for participants,
 * and the association's structural work (information meetings, training days, events for employers, network
 * meetings), or a kind of a team's own by name.
 */
public record ActivityKind(String code) {

    public static final List<String> STANDARD = List.of("GROUP_PROGRAMME", "COURSE", "INFORMATION_MEETING",
            "TRAINING_DAY", "EMPLOYER_EVENT", "NETWORK_MEETING", "CASE_REVIEW", "OTHER");

    /** The Swedish names of the standard kinds, in lower case. */
    public static final Map<String, String> SWEDISH = Map.ofEntries(Map.entry("gruppverksamhet", "GROUP_PROGRAMME"),
            Map.entry("grupp", "GROUP_PROGRAMME"), Map.entry("kurs", "COURSE"), Map.entry("utbildning", "COURSE"),
            Map.entry("informationsträff", "INFORMATION_MEETING"), Map.entry("utbildningsdag", "TRAINING_DAY"),
            Map.entry("arbetsgivarträff", "EMPLOYER_EVENT"), Map.entry("nätverksträff", "NETWORK_MEETING"),
            Map.entry("ärendegenomgång", "CASE_REVIEW"), Map.entry("annat", "OTHER"));

    public static ActivityKind parse(String field, String text) {
        return new ActivityKind(OpenList.parse(field, text, STANDARD, SWEDISH));
    }

    public boolean isStandard() {
        return OpenList.isStandard(code, STANDARD);
    }
}
