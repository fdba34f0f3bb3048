package se.finsam.journey.api.persons;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import se.finsam.journey.api.reports.PeriodAnswer;
import se.finsam.journey.api.reports.ScopeAnswer;

/**
 * The persons report as answered: per population (participants, new, closed) the journeys and the persons,
 * last year's and the change when asked, and under small-cell protection the hidden cells null and listed.
 */
public record PersonsReportAnswer(ScopeAnswer scope, PeriodAnswer period, String asOf, long position,
                                  String definitions,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Suppressed suppression,
                                  Map<String, Integer> journeys, Map<String, Integer> persons,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) PreviousYear previous,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Integer> change,
                                  String manifest) {

    /** Small-cell protection: the threshold and the hidden cells of each year ({@code participants.persons} …). */
    public record Suppressed(int threshold, List<String> cells, List<String> previousCells) {
    }

    /** The same counts one year earlier. */
    public record PreviousYear(PeriodAnswer period, Map<String, Integer> journeys, Map<String, Integer> persons) {
    }
}
