package se.finsam.journey.catalogue;

import java.util.List;

/** One figure: its family in the catalogue and its key there (null for a single figure). */
public record FigureName(FigureFamily family, String key) {

    public FigureName {
        family.path(key);
    }

    /** The dotted path the report answers it under: {@code participants.byGender.WOMAN}. */
    public String path() {
        return family.path(key);
    }

    /** The parts of the path, the key as one part. */
    public List<String> segments() {
        return family.segments(key);
    }

    /** A share's numerator: the figure of the same key in the numerator's family; null for other kinds. */
    public FigureName numerator() {
        return family.numerator() == null ? null : of(family.numerator());
    }

    /** A share's denominator, or the count of a mean's population where the report has one; else null. */
    public FigureName denominator() {
        return family.denominator() == null ? null : of(family.denominator());
    }

    /** The figure of {@code other} with this figure's key, or the single figure {@code other}. */
    private FigureName of(FigureFamily other) {
        return new FigureName(other, other.single() ? null : key);
    }
}
