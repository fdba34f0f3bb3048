package se.finsam.journey.api.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportPeriod;

/**
 * The participant report's answer exactly as manifests stored it before figures documents (format
 * {@value FiguresDocument#ANSWER}, from the first release on): the answer without its manifest id and without
 * suppression, as maps for canonical JSON. Frozen: it is not the answer, which may grow, but what those manifests'
 * hash is over; change nothing here, or every such manifest stops verifying.
 */
final class AnswerAsStored {

    private AnswerAsStored() {
    }

    static Map<String, Object> of(ReportService.Computed computed) {
        ReportQuery query = computed.query();
        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, Object> scope = new LinkedHashMap<>();
        if (query.association() != null) {
            scope.put("association", query.association());
        }
        scope.put("initiatives", computed.scope());
        answer.put("scope", scope);
        answer.put("period", period(new ReportPeriod(query.from(), query.to())));
        answer.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        answer.put("position", computed.position());
        answer.put("definitions", ParticipantReportDefinitions.VERSION);
        answer.putAll(computed.figures().render());
        if (computed.comparison() != null) {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("period", period(computed.comparison().previousFigures().period()));
            previous.putAll(computed.comparison().previous());
            answer.put("previous", previous);
            answer.put("change", computed.comparison().change());
        }
        return answer;
    }

    private static Map<String, Object> period(ReportPeriod period) {
        return Map.of("from", period.from().toString(), "to", period.to().toString());
    }
}
