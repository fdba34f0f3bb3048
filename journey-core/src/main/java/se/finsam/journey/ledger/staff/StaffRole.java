package se.finsam.journey.ledger.staff;

import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.OpenList;

/**
 * The role of a position: the standard set of the seed reports' staff lists, or a team's own role by name
 * ("processtödjare", "SE-konsulent").
 */
public record StaffRole(String code) {

    public static final List<String> STANDARD = List.of("COACH", "OCCUPATIONAL_THERAPIST", "SOCIAL_WORKER",
            "EMPLOYMENT_OFFICER", "SOCIAL_INSURANCE_OFFICER", "PSYCHIATRIC_NURSE", "COUNSELLOR", "MANAGER",
            "PROJECT_LEADER", "OTHER");

    /** The Swedish names of the standard roles, in lower case. */
    public static final Map<String, String> SWEDISH = Map.ofEntries(Map.entry("coach", "COACH"),
            Map.entry("arbetsterapeut", "OCCUPATIONAL_THERAPIST"), Map.entry("socialsekreterare", "SOCIAL_WORKER"),
            Map.entry("arbetsförmedlare", "EMPLOYMENT_OFFICER"), Map.entry("handläggare försäkringskassan",
                    "SOCIAL_INSURANCE_OFFICER"), Map.entry("försäkringshandläggare", "SOCIAL_INSURANCE_OFFICER"),
            Map.entry("psykiatrisjuksköterska", "PSYCHIATRIC_NURSE"), Map.entry("kurator", "COUNSELLOR"),
            Map.entry("verksamhetsledare", "MANAGER"), Map.entry("chef", "MANAGER"),
            Map.entry("projektledare", "PROJECT_LEADER"), Map.entry("annan", "OTHER"));

    public static StaffRole parse(String field, String text) {
        return new StaffRole(OpenList.parse(field, text, STANDARD, SWEDISH));
    }

    public boolean isStandard() {
        return OpenList.isStandard(code, STANDARD);
    }
}
