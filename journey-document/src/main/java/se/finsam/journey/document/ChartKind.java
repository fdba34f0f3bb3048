package se.finsam.journey.document;

/** How a chart draws its data. */
public enum ChartKind {
    /** Vertical bars; with two series they stand side by side (this year beside last year). */
    BAR,
    /** Horizontal bars, for long category names; with two series, in pairs. */
    HORIZONTAL_BAR,
    /** Horizontal bars with the series stacked, e.g. the shares of each outcome per team. */
    STACKED_BAR,
    /** A line per series over the categories, e.g. months. */
    LINE,
    /** The shares of one series as a pie. */
    PIE,
    /** The shares of one series as a ring. */
    DONUT;

    /** Whether the chart shows one series as shares of a whole. */
    public boolean isShares() {
        return this == PIE || this == DONUT;
    }
}
