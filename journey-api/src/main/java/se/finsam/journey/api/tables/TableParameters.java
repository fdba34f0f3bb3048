package se.finsam.journey.api.tables;

import io.swagger.v3.oas.annotations.Parameter;
import se.finsam.journey.api.web.BadRequestException;

/**
 * The query parameters of the table endpoints beside the participant report's question ({@link
 * se.finsam.journey.api.reports.ReportParameters}: scope, period, {@code asOf}, {@code compare}, {@code minPosition},
 * {@code suppress}, bound from the same request): the definition and version, a table and a cell, and for a
 * difference the other side ({@code against…}). The descriptions are those of the OpenAPI document; each endpoint
 * hides the ones it does not read.
 */
record TableParameters(
        @Parameter(description = "The id of a table definition.", required = true, example = "avesta-closures")
        String definition,
        @Parameter(description = "A version of the definition (1, 2, …); the latest when left out.")
        String version,
        @Parameter(description = "The id of one of the definition's tables.", example = "closures-by-cause-and-gender")
        String table,
        @Parameter(description = "A cell of the table: its row, or ROW/COLUMN for a table with columns "
                + "(e.g. total, WORK/WOMAN).", example = "total/total")
        String cell,
        @Parameter(description = "The other side: 'national' (a count of the participant report) or the id of a "
                + "table definition.", example = "national")
        String against,
        @Parameter(description = "With a definition as the other side: its version; the latest when left out.")
        String againstVersion,
        @Parameter(description = "With a definition as the other side: the id of one of its tables.")
        String againstTable,
        @Parameter(description = "The other side's cell: ROW or ROW/COLUMN of its table, or with against=national "
                + "the dotted path of a count of the participant report (e.g. closures.standardTable.closures).",
                example = "closures.standardTable.closures")
        String againstCell) {


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
