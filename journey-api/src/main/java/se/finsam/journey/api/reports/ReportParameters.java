package se.finsam.journey.api.reports;

import java.util.List;

/**
 * The query parameters the report endpoints share, as sent (bound by name: {@code initiative} may repeat);
 * {@link ReportQuery} checks them.
 */
record ReportParameters(List<String> initiative, String association, String from, String to, String asOf,
                        String compare, String minPosition, String suppress) {

    ReportQuery query() {
        return ReportQuery.of(initiative, association, from, to, asOf, compare, minPosition);
    }

    /** For answers about the period itself (lineage): a comparison, if asked for, is not part of it. */
    ReportQuery queryOfThePeriod() {
        return ReportQuery.of(initiative, association, from, to, asOf, null, minPosition);
    }

    /** For restatements, which compare with today and so read no older position. */
    ReportQuery queryAsPublished() {
        return ReportQuery.of(initiative, association, from, to, asOf, null, null);
    }
}
