package se.finsam.journey.api.audit.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.line;

import com.fasterxml.jackson.databind.JsonNode;
import se.finsam.journey.api.ServiceClientAccess;

/**
 * The small history the audit page tests read: three journeys of team {@code sala} closed in 2025, two of them to
 * work (one of those after a retracted closure with its reason), one to studies; and one journey of team
 * {@code fns}, closed to work, for tests that change history (so that they change no figure of {@code sala}).
 */
final class AuditScenario {

    static final String YEAR_2025 = "initiative=sala&from=2025-01-01&to=2025-12-31";
    static final String FNS_2025 = "initiative=fns&from=2025-01-01&to=2025-12-31";

    private AuditScenario() {
    }

    /** Records the history; returns the position of its last event. */
    static long record(ServiceClientAccess service) {
        service.initiative("sala", "vastmanland");
        service.initiative("fns", "vastmanland");
        String history = String.join("\n",
                journey("sala-1", "WORK", "2025-06-02"),
                journey("fns-1", "WORK", "2025-06-10"),
                journey("sala-2", "STUDIES", "2025-06-03"),
                journey("sala-3", "WORK", "2025-05-01"),
                line("sala-3", "retraction", "x1", "2025-05-20", "\"retracts\":\"c\",\"reason\":\"fel avslutsdatum\""),
                line("sala-3", "closure", "c2", "2025-05-15", "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""));
        JsonNode answer = service.importAsAdmin(history);
        assertThat(answer.path("rejected").asInt()).as(answer.toString()).isZero();
        return answer.path("position").asLong();
    }

    private static String journey(String id, String cause, String closed) {
        return String.join("\n",
                line(id, "referral", "r", "2025-01-10", referral(id.substring(0, id.indexOf('-')))),
                line(id, "enrolment", "e", "2025-02-01", ""),
                line(id, "closure", "c", closed, "\"cause\":\"" + cause + "\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""));
    }

    private static String referral(String initiative) {
        return "\"initiative\":\"" + initiative + "\",\"referringParty\":\"SOCIAL_INSURANCE_AGENCY\","
                + "\"supportBefore\":\"SICKNESS_BENEFIT\",\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1985}";
    }

    static String lineage(String cell, long position) {
        return "/app/lineage?" + YEAR_2025 + "&cell=" + cell + "&minPosition=" + position;
    }
}
