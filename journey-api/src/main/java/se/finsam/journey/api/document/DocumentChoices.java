package se.finsam.journey.api.document;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.api.reports.ReportParameters;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.web.BadRequestException;

/**
 * What the document endpoints ask beyond the report question they share with every report ({@link ReportParameters}:
 * scope, period, asOf, suppress): the versions of the section texts to use, as sent; {@link #request} checks them.
 */
public record DocumentChoices(
        @Parameter(description = "A chosen version of a section's text, as section:version (e.g. inledning:2), "
                + "repeated for several; other sections take their latest version.")
        List<String> textVersion) {

    /** The document of the report question (always compared with the year before), with these text versions. */
    public DocumentAssembly.Request request(ReportParameters question) {
        return new DocumentAssembly.Request(question.query(), ReportQuery.suppression(question.suppress()), versions());
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
