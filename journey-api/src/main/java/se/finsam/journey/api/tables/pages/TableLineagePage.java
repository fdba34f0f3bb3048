package se.finsam.journey.api.tables.pages;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.finsam.journey.api.audit.pages.LineageListing;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.tables.TableLineageAnswer;
import se.finsam.journey.api.tables.TableReports;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.api.web.PageController;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.tables.Dimension;
import se.finsam.journey.tables.TableSpec;

/**
 * {@code /app/tables/lineage?definition=…&version=…&table=…&cell=…} with a scope and period: the journeys a table's
 * count is made of, each with the records that decided it, as {@code GET /api/v1/reports/tables/lineage} answers
 * it (the same parameters and the one {@link TableReports#trace} call, so the same access and audit entry), shown
 * on the participant report's lineage page ({@link LineageListing}), 50 at a time.
 */
@PageController
class TableLineagePage {

    private final TableReports tables;
    private final TableLabels labels;

    TableLineagePage(TableReports tables, TableLabels labels) {
        this.tables = tables;
        this.labels = labels;
    }

    @GetMapping("/app/tables/lineage")
    String lineage(@RequestParam(required = false) List<String> initiative,
                   @RequestParam(required = false) String association, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String definition, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String table, @RequestParam(required = false) String cell,
                   @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal Caller caller,
                   Locale locale, Model model) {
        ReportQuery query = ReportQuery.of(initiative, association, from, to, asOf, null, null);
        String definitionId = required("definition", definition);
        String tableId = required("table", table);
        String cellName = required("cell", cell);
        TableReports.Traced traced = tables.trace(query, definitionId, Versions.number(version), tableId, cellName,
                caller);
        TableLineageAnswer answer = traced.answer();
        TableSpec spec = tables.resolve(definitionId, answer.definition().version()).definition().table(tableId)
                .orElseThrow();
        return LineageListing.show(new LineageListing.Cell(tableId + "/" + cellName, cellName(spec, cellName,
                PageModel.language(locale)), String.valueOf(answer.journeys().size()), answer.position(),
                answer.asOf(), query, traced.scope(), traced.scope().stream().allMatch(caller::mayReadJourneys)),
                answer.journeys(), page, model);
    }

    /** "Avslut efter orsak och kön: Studier, Kvinna": the table's title, then its row and column in words. */
    private String cellName(TableSpec spec, String cell, Locale language) {
        if (!spec.hasColumns()) {
            return spec.title() + ": " + labels.category(spec.rows(), cell, language);
        }
        // Only an open dimension's keys (referring units, municipalities) may hold a '/': split on the other side.
        boolean openRows = spec.rows().by().kind() == Dimension.Kind.OPEN;
        int at = openRows ? cell.lastIndexOf('/') : cell.indexOf('/');
        return spec.title() + ": " + labels.category(spec.rows(), cell.substring(0, at), language) + ", "
                + labels.category(spec.columns(), cell.substring(at + 1), language);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("parameter '" + name + "' is missing");
        }
        return value;
    }
}
