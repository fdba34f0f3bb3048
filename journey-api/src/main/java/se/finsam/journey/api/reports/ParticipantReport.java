package se.finsam.journey.api.reports;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportComparison;
import se.finsam.journey.reports.Suppression;

/**
 * The participant report (API.md, "Reports") as a kind of report: its figures are those of definition set 2026.1
 * ({@link ReportService.Computed}, with last year's when compared), its manifests' document names them by their
 * catalogue paths, and small-cell protection is {@link Suppression}'s.
 */
@Component
public class ParticipantReport implements ReportKind<ReportService.Computed, Suppression>, ManifestKind {

    @Override
    public ReportManifests.Subject subject() {
        return ReportManifests.Subject.PARTICIPANTS;
    }

    @Override
    public String name() {
        return ReportManifests.Subject.PARTICIPANTS.kind();
    }

    @Override
    public ReportKind<?, ?> of(ReportManifests.Subject subject) {
        return this;
    }

    @Override
    public ReportService.Computed compute(ReportQuery query, List<String> scope, long position,
                                          JourneyColumns journeys) {
        return ReportService.figures(query, scope, position, journeys);
    }

    @Override
    public String figuresDocument(ReportService.Computed computed) {
        ReportComparison comparison = computed.comparison();
        return FiguresDocument.of(Map.of("definitions", ParticipantReportDefinitions.VERSION),
                computed.figures().cells(), comparison == null ? null : comparison.previousFigures().cells());
    }

    @Override
    public Suppression suppress(ReportService.Computed computed, int threshold) {
        return computed.comparison() != null ? Suppression.of(computed.comparison(), threshold)
                : Suppression.of(computed.figures(), threshold);
    }

    @Override
    public Object answerAsStored(ReportService.Computed computed) {
        return AnswerAsStored.of(computed);
    }

    /** The answer as published: under suppression its hidden cells null and listed. */
    public ParticipantReportAnswer answer(Published<ReportService.Computed, Suppression> published) {
        ReportService.Computed computed = published.figures();
        Suppression suppression = published.suppression();
        ReportQuery query = computed.query();
        ReportComparison comparison = computed.comparison();
        return new ParticipantReportAnswer(ScopeAnswer.of(query, computed.scope()),
                PeriodAnswer.of(query.from(), query.to()), query.asOf() == null ? null : query.asOf().toString(),
                computed.position(), ParticipantReportDefinitions.VERSION, suppression == null ? null
                : new ParticipantReportAnswer.Suppressed(suppression.threshold(), suppression.cells(),
                suppression.previousCells()),
                suppression == null ? computed.figures().render() : suppression.render(),
                comparison == null ? null : new ParticipantReportAnswer.PreviousYear(
                        PeriodAnswer.of(comparison.previousFigures().period()),
                        suppression == null ? comparison.previous() : suppression.previous()),
                comparison == null ? null : suppression == null ? comparison.change() : suppression.change(),
                published.manifest());
    }
}
