package se.finsam.journey.api.tables;

import java.util.List;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.web.BadRequestException;

/**
 * The query parameters of the table endpoints, as sent: the participant report's question (scope, period,
 * {@code asOf}, {@code compare}, {@code minPosition}, {@code suppress}), the definition and version, a table and
 * a cell, and for a difference the other side ({@code against…}).
 */
record TableParameters(List<String> initiative, String association, String from, String to, String asOf,
                       String compare, String minPosition, String suppress, String definition, String version,
                       String table, String cell, String against, String againstVersion, String againstTable,
                       String againstCell) {

    ReportQuery query() {
        return ReportQuery.of(initiative, association, from, to, asOf, compare, minPosition);
    }

    /** For answers about the period itself (lineage, differences): a comparison, if asked for, is not part of it. */
    ReportQuery queryOfThePeriod() {
        return ReportQuery.of(initiative, association, from, to, asOf, null, minPosition);
    }

    String definitionId() {
        return required("definition", definition, "the id of a table definition");
    }

    Integer versionNumber() {
        return version("version", version);
    }

    String tableId() {
        return required("table", table, "the id of one of the definition's tables");
    }

    String cellName() {
        return required("cell", cell, "a row, or ROW/COLUMN, of the table, e.g. total or WORK/WOMAN");
    }

    /** A version number, or null when absent (the latest). */
    static Integer version(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequestException("parameter '" + name + "' = '" + value + "' is not a version: 1, 2, 3, …");
    }

    static String required(String name, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("parameter '" + name + "' is missing: " + what);
        }
        return value;
    }
}
