package se.finsam.journey.api.document;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.web.BadRequestException;

/** The query parameters of the document endpoints, as sent; {@link #request()} checks them. */
public record DocumentParameters(
        @Parameter(description = "The scope: an initiative code, repeated for several. Give initiatives or one "
                + "association, not both.")
        List<String> initiative,
        @Parameter(description = "The scope: the association's report, over every initiative of it and its own ledger.")
        String association,
        @Parameter(description = "The first day of the period (YYYY-MM-DD).", required = true, example = "2025-01-01")
        String from,
        @Parameter(description = "The last day of the period (YYYY-MM-DD), inclusive.", required = true,
                example = "2025-12-31")
        String to,
        @Parameter(description = "The figures as known at this instant (or the end of this date in Sweden).")
        String asOf,
        @Parameter(description = "Small-number protection for publication, a whole number from 2 to 100: counts of "
                + "fewer persons, and the cells that would reveal them, are hidden (·).")
        String suppress,
        @Parameter(description = "A chosen version of a section's text, as section:version (e.g. inledning:2), "
                + "repeated for several; other sections take their latest version.")
        List<String> textVersion) {

    public DocumentAssembly.Request request() {
        ReportQuery query = ReportQuery.of(initiative, association, from, to, asOf, "previous", null);
        return new DocumentAssembly.Request(query, ReportQuery.suppression(suppress), versions());
    }

    private Map<ReportSection, Integer> versions() {
        Map<ReportSection, Integer> versions = new EnumMap<>(ReportSection.class);
        for (String chosen : textVersion == null ? List.<String>of() : textVersion) {
            String[] parts = chosen.split(":", -1);
            ReportSection section = parts.length == 2 ? ReportSection.ofKey(parts[0].strip()).orElse(null) : null;
            Integer version = parts.length == 2 && parts[1].strip().matches("[1-9][0-9]{0,6}")
                    ? Integer.valueOf(parts[1].strip()) : null;
            if (section == null || version == null) {
                throw new BadRequestException("parameter 'textVersion' = '" + chosen + "' is not section:version, "
                        + "e.g. inledning:2 (sections: inledning, verksamheten, deltagare, maluppfyllelse, personal, "
                        + "ekonomi, aktiviteter, avslutning)");
            }
            versions.put(section, version);
        }
        return versions;
    }
}
