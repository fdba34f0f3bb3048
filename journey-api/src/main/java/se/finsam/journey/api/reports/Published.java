package se.finsam.journey.api.reports;

/**
 * A report as published: its figures (with their question, scope and position), the id of its manifest, and under
 * small-cell protection the cells to hide (null for none).
 */
public record Published<F, S>(F figures, String manifest, S suppression) {
}
