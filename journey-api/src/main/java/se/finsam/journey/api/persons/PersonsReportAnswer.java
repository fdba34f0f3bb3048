package se.finsam.journey.api.persons;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportComparison;
import se.finsam.journey.reports.ReportPeriod;
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

    /** The answer of a published persons report: hidden cells null, last year and the change when asked. */
    public static PersonsReportAnswer of(Published<PersonsReport.Computed, PersonsReport.Hidden> published) {
        PersonsReport.Computed computed = published.figures();
        PersonsReport.Hidden hidden = published.suppression();
        Set<String> now = hidden == null ? Set.of() : hidden.cells();
        Set<String> before = hidden == null ? Set.of() : hidden.previousCells();
        Map<String, Map<String, Integer>> counts = PersonsReport.counts(computed.cells(), now);
        PreviousYear previous = null;
        Map<String, Integer> change = null;
        ReportQuery query = computed.query();
        if (computed.previousCells() != null) {
            Map<String, Map<String, Integer>> then = PersonsReport.counts(computed.previousCells(), before);
            previous = new PreviousYear(PeriodAnswer.of(ReportComparison.previousPeriod(
                    new ReportPeriod(query.from(), query.to()))), then.get("journeys"), then.get("persons"));
            change = new LinkedHashMap<>();
            for (String side : List.of("journeys", "persons")) {
                for (var entry : counts.get(side).entrySet()) {
                    Integer was = then.get(side).get(entry.getKey());
                    change.put(side + "." + entry.getKey(),
                            entry.getValue() == null || was == null ? null : entry.getValue() - was);
                }
            }
        }
        return new PersonsReportAnswer(ScopeAnswer.of(query, computed.scope()), PeriodAnswer.of(query.from(),
                query.to()), query.asOf() == null ? null : query.asOf().toString(), computed.position(),
                ParticipantReportDefinitions.VERSION, hidden == null ? null : new Suppressed(
                hidden.threshold(), hidden.cells().stream().sorted().toList(),
                hidden.previousCells().stream().sorted().toList()),
                counts.get("journeys"), counts.get("persons"), previous, change, published.manifest());
    }
}
