package se.finsam.journey.api.reports;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/**
 * The query parameters the report endpoints share (the participant report, tables, ledger reports), as sent (bound by name: {@code initiative} may repeat);
 * {@link ReportQuery} checks them. The descriptions are those of the OpenAPI document.
 */
public record ReportParameters(
        @Parameter(description = "The scope: an initiative code, repeated for several "
                + "(initiative=sala&initiative=fns). Give initiatives or one association, not both.")
        List<String> initiative,
        @Parameter(description = "The scope: every initiative of this association (instead of initiatives).")
        String association,
        @Parameter(description = "The first day of the period (YYYY-MM-DD).", required = true, example = "2025-01-01")
        String from,
        @Parameter(description = "The last day of the period (YYYY-MM-DD), inclusive.", required = true,
                example = "2025-12-31")
        String to,
        @Parameter(description = "Count only what was recorded by this instant (e.g. 2026-01-31T12:00:00Z; a date "
                + "means the end of that day in Sweden).")
        String asOf,
        @Parameter(description = "'previous' adds the same figures one year earlier (same asOf), as `previous` in the "
                + "participant report and `previousCells` in tables, and the difference of every figure with a value "
                + "in both years as `change`.", example = "previous")
        String compare,
        @Parameter(description = "First wait (up to 30 s, else 503) until the figures include every event up to "
                + "this global position, e.g. the `position` a write answered: read your own writes.")
        String minPosition,
        @Parameter(description = "Small-cell protection for publication, a whole number N from 2 to 100: counts of 1 "
                + "to N−1 journeys, shares, means and other statistics over fewer than N, and the cells that would "
                + "reveal them are null and listed under `suppression` (per table, for tables).")
        String suppress) {

    public ReportQuery query() {
        return ReportQuery.of(initiative, association, from, to, asOf, compare, minPosition);
    }

    /** For answers about the period itself (lineage, differences): a comparison, if asked for, is not part of it. */
    public ReportQuery queryOfThePeriod() {
        return ReportQuery.of(initiative, association, from, to, asOf, null, minPosition);
    }

    /** For restatements, which compare with today and so read no older position. */
    ReportQuery queryAsPublished() {
        return ReportQuery.of(initiative, association, from, to, asOf, null, null);
    }
}
