package se.finsam.journey.tables;

import java.util.Arrays;
import java.util.Optional;

/**
 * One value shown in every cell: {@code count}, a share ({@code shareOfTotal}, {@code shareOfRow},
 * {@code shareOfColumn}) or a statistic of a quantity ({@code mean:age}, {@code median:throughputMonths}, …).
 * {@code name} is how the definition writes it, and the last part of the cell key.
 */
public record TableValue(String name, Kind kind, Statistic statistic, Quantity quantity) {

    public enum Kind { COUNT, SHARE_OF_TOTAL, SHARE_OF_ROW, SHARE_OF_COLUMN, STATISTIC }

    public enum Statistic { MEAN, MEDIAN, MIN, MAX }

    public static final TableValue COUNT = new TableValue("count", Kind.COUNT, null, null);

    /** The value a definition names, if it names one. */
    public static Optional<TableValue> byName(String name) {
        switch (name) {
            case "count":
                return Optional.of(COUNT);
            case "shareOfTotal":
                return Optional.of(new TableValue(name, Kind.SHARE_OF_TOTAL, null, null));
            case "shareOfRow":
                return Optional.of(new TableValue(name, Kind.SHARE_OF_ROW, null, null));
            case "shareOfColumn":
                return Optional.of(new TableValue(name, Kind.SHARE_OF_COLUMN, null, null));
            default:
                int colon = name.indexOf(':');
                if (colon < 0) {
                    return Optional.empty();
                }
                Optional<Statistic> statistic = Arrays.stream(Statistic.values())
                        .filter(s -> s.name().toLowerCase(java.util.Locale.ROOT).equals(name.substring(0, colon)))
                        .findFirst();
                Optional<Quantity> quantity = Quantity.byWireName(name.substring(colon + 1));
                return statistic.isPresent() && quantity.isPresent()
                        ? Optional.of(new TableValue(name, Kind.STATISTIC, statistic.get(), quantity.get()))
                        : Optional.empty();
        }
    }

    public boolean isShare() {
        return kind == Kind.SHARE_OF_TOTAL || kind == Kind.SHARE_OF_ROW || kind == Kind.SHARE_OF_COLUMN;
    }
}
