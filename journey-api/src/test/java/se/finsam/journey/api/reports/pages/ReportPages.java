package se.finsam.journey.api.reports.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.reports.Scenarios;

/** What the report page tests share: loading a scenario, and reading figures off the page and out of the XLSX. */
final class ReportPages {

    private static final Pattern LINEAGE = Pattern.compile("<a href=\"(/app/lineage\\?[^\"]*)\"[^>]*>([^<]*)</a>");

    private ReportPages() {
    }

    /**
     * Imports an acceptance scenario through the import API and waits (through the REST report's
     * {@code minPosition}) until the figures include it; returns the scenario.
     */
    static JsonNode load(ServiceClientAccess service, String name, String reader) {
        JsonNode scenario = Scenarios.load(name);
        for (JsonNode initiative : scenario.get("initiatives")) {
            service.initiative(initiative.get("code").asText(), initiative.get("association").asText());
        }
        long position = service.importAsAdmin(Scenarios.ndjson(scenario)).get("position").asLong();
        String first = scenario.get("initiatives").get(0).get("code").asText();
        ServiceClientAccess.Answer caughtUp = service.get(reader, "/api/v1/reports/participants?initiative=" + first
                + "&from=2025-01-01&to=2025-12-31&minPosition=" + position);
        if (caughtUp.status() != 200) {
            throw new IllegalStateException("the report did not catch up: " + caughtUp.status() + " " + caughtUp.body());
        }
        return scenario;
    }

    /** The first count linked to the lineage of each cell on the page (this year's column comes first). */
    static Map<String, String> linkedCounts(String html) {
        Map<String, String> counts = new LinkedHashMap<>();
        Matcher link = LINEAGE.matcher(html);
        while (link.find()) {
            String query = link.group(1).substring("/app/lineage?".length()).replace("&amp;", "&");
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("cell=")) {
                    counts.putIfAbsent(URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8),
                            link.group(2).strip());
                }
            }
        }
        return counts;
    }

    /** The row of a sheet whose first cell is {@code label} (the first one after the caption {@code table}). */
    static Row row(Sheet sheet, String table, String label) {
        boolean inTable = false;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            String text = first == null ? "" : first.toString();
            if (text.equals(table)) {
                inTable = true;
            } else if (inTable && text.equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + label + "' under '" + table + "' in sheet " + sheet.getSheetName());
    }
}
