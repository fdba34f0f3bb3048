package se.finsam.journey.api.persons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.reports.Publication;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.api.reports.ReportParameters;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;

/** The persons report of an association: journeys and unique persons side by side. */
@RestController
@RequestMapping("/api/v1/reports/persons")
@Tag(name = "Unique persons")
class PersonsReportController {

    private final Publication publication;
    private final PersonsReport persons;

    PersonsReportController(Publication publication, PersonsReport persons) {
        this.publication = publication;
        this.persons = persons;
    }

    @GetMapping
    @Operation(summary = "Journeys and unique persons of an association", description = "For the participants during "
            + "the period, those new in it and those closed in it (definition set 2026.1): the number of journeys "
            + "and of persons (journeys linked as the same person count once). Takes the participant report's "
            + "parameters (`asOf`, `compare=previous`, `suppress=N`, `minPosition`) with the scope `association`; "
            + "exact at `position`, with a `manifest` that verifies by recomputing from the events.")
    @ErrorAnswer(status = 400, when = "a parameter is missing or of the wrong form, or the scope is not an "
            + "association; `detail` names it")
    @ErrorAnswer(status = 403, when = "the caller may not read every initiative of the association")
    @ErrorAnswer(status = 404, when = "(to a caller who reads every initiative) the association has no initiative")
    @ErrorAnswer(status = 503, when = "with minPosition: the figures had not caught up with that position within 30 s")
    PersonsReportAnswer report(@ParameterObject ReportParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.query();
        PersonsReport.requireAssociation(query);
        Published<PersonsReport.Computed, PersonsReport.Hidden> published = publication.publish(persons, query,
                ReportQuery.suppression(parameters.suppress()), caller,
                new Publication.Audited(ReadAudit.Action.PERSONS, Map.of()));
        return PersonsReportAnswer.of(published);
    }
}
