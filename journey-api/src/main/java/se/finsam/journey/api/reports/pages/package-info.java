/**
 * The analysts' report pages: the participant report laid out like the teams' published tables, with charts,
 * lineage links and exports, computed by the same {@code ReportService} as the REST report.
 */
package se.finsam.journey.api.reports.pages;
