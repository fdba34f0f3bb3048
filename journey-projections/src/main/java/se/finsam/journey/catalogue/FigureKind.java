package se.finsam.journey.catalogue;

/** What a figure's value is, and so how it is shown, suppressed and traced. */
public enum FigureKind {
    /** A number of journeys (or of placements, or of scores): its lineage lists them. */
    COUNT,
    /** A percentage of a denominator count: it gives away its numerator and its denominator when shown. */
    SHARE,
    /** A mean, median, minimum or maximum over a population of journeys. */
    MEAN
}
