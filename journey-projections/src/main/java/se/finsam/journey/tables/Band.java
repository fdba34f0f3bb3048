package se.finsam.journey.tables;

/** A band of whole ages (or completed years), both ends inclusive; {@code high} null means "and older". */
public record Band(int low, Integer high) {

    /** The category label: {@code low-high}, or {@code low+} when open-ended. */
    public String label() {
        return high == null ? low + "+" : low + "-" + high;
    }

    public boolean contains(int value) {
        return value >= low && (high == null || value <= high);
    }

    public boolean overlaps(Band other) {
        return (high == null || other.low <= high) && (other.high == null || low <= other.high);
    }

    /** As the analyst wrote it: {@code [16, 29]}, {@code [45, null]}. */
    @Override
    public String toString() {
        return "[" + low + ", " + high + "]";
    }
}
