package se.finsam.journey.ledger.staff;

import java.util.List;
import se.finsam.journey.ledger.OpenList;

/**
 * The role of a position: the standard set of the seed reports' staff lists, or a team's own role by name
 * ("processtödjare", "SE-konsulent").
 */
public record StaffRole(String code) {

    public static final List<String> STANDARD = List.of("COACH", "OCCUPATIONAL_THERAPIST", "SOCIAL_WORKER",
            "EMPLOYMENT_OFFICER", "SOCIAL_INSURANCE_OFFICER", "PSYCHIATRIC_NURSE", "COUNSELLOR", "MANAGER",
            "PROJECT_LEADER", "OTHER");

    public static StaffRole parse(String field, String text) {
        return new StaffRole(OpenList.parse(field, text, STANDARD));
    }

    public boolean isStandard() {
        return OpenList.isStandard(code, STANDARD);
    }
}
