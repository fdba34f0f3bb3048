package se.finsam.journey.api.reports;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * API.md, "Reports": the participant report as answered. {@code figures} are its six sections (participants,
 * closures, throughputTime, referrals, workTraining, assessments), each an ordered map of the catalogue's figures
 * keyed by their names and codes, written in the answer's place; {@code suppression}, {@code previous} and
 * {@code change} are there only when asked for.
 */
public record ParticipantReportAnswer(ScopeAnswer scope, PeriodAnswer period, String asOf, long position,
                                      String definitions,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) Suppressed suppression,
                                      @JsonAnyGetter Map<String, Object> figures,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) PreviousYear previous,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> change,
                                      String manifest) {

    /** Small-cell protection: the threshold and the hidden cells of each year (dotted paths, code point order). */
    public record Suppressed(int threshold, List<String> cells, List<String> previousCells) {
    }

    /** The same report one year earlier. */
    public record PreviousYear(PeriodAnswer period, @JsonAnyGetter Map<String, Object> figures) {
    }
}
