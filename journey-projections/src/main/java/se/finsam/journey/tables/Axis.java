package se.finsam.journey.tables;

import java.util.List;

/** A table's rows or columns: a dimension, with bands (for the banded dimensions) or optional groups. */
public record Axis(Dimension by, List<Band> bands, List<Group> groups) {

    public Axis {
        bands = List.copyOf(bands);
        groups = List.copyOf(groups);
    }

    public static Axis of(Dimension by) {
        return new Axis(by, List.of(), List.of());
    }
}
