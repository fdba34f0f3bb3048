package se.finsam.journey.tables;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneySet;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

/**
 * The values of every cell of one table, exact (DOMAIN.md, "Values"): counts, shares of the table's, row's or
 * column's total, and means, medians, minimums and maximums of a quantity over the cell's journeys that have it.
 */
final class CellValues {

    private final TableSpec spec;
    private final JourneyCodes codes;
    private final CountedJourneys journeys;
    private final List<String> rows;
    private final List<String> columns;
    private final JourneySet[] members;
    private final int columnCount;

    CellValues(TableSpec spec, JourneyCodes codes, List<String> rows, List<String> columns, JourneySet[] members) {
        this.spec = spec;
        this.codes = codes;
        this.journeys = codes.journeys();
        this.rows = rows;
        this.columns = columns;
        this.members = members;
        this.columnCount = Math.max(1, columns.size());
    }

    TableFigures figures(ReportPeriod period) {
        Map<String, Figure.Count> counts = new LinkedHashMap<>();
        Map<String, Figure> cells = new LinkedHashMap<>();
        Map<String, List<String>> sharesOf = new LinkedHashMap<>();
        int totalRow = rows.size() - 1;
        int totalColumn = columnCount - 1;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columnCount; c++) {
                String cell = name(r, c);
                JourneySet those = members[r * columnCount + c];
                counts.put(cell, new Figure.Count(those.ids()));
                Map<Quantity, Values> quantities = new EnumMap<>(Quantity.class);
                for (TableValue value : spec.values()) {
                    String key = cell + "/" + value.name();
                    switch (value.kind()) {
                        case COUNT -> cells.put(key, counts.get(cell));
                        case SHARE_OF_TOTAL -> share(cells, sharesOf, key, r, c, totalRow, totalColumn);
                        case SHARE_OF_ROW -> share(cells, sharesOf, key, r, c, r, totalColumn);
                        case SHARE_OF_COLUMN -> share(cells, sharesOf, key, r, c, totalRow, c);
                        case STATISTIC -> cells.put(key, statistic(value.statistic(),
                                quantities.computeIfAbsent(value.quantity(), q -> values(q, those))));
                    }
                }
            }
        }
        return new TableFigures(spec, period, rows, columns, counts, cells, sharesOf);
    }

    private String name(int r, int c) {
        return TableFigures.key(rows.get(r), columns.isEmpty() ? null : columns.get(c));
    }

    /** 100 × the cell's count ÷ the count of cell ({@code overRow}, {@code overColumn}); null over nobody. */
    private void share(Map<String, Figure> cells, Map<String, List<String>> sharesOf, String key, int r, int c,
                       int overRow, int overColumn) {
        JourneySet whole = members[overRow * columnCount + overColumn];
        int part = members[r * columnCount + c].size();
        cells.put(key, new Figure.Measure(whole.isEmpty() ? null : Ratio.of(100L * part, whole.size()), whole.ids()));
        sharesOf.put(key, List.of(name(r, c) + "/count", name(overRow, overColumn) + "/count"));
    }

    /**
     * A quantity of the cell's journeys that have it, as whole numbers of a unit: years of age, days (of which
     * months are made), hundredths of a year in public support (the journey rules allow one decimal). Years that
     * are no whole number of hundredths, or too many for a long, are kept as exact decimals instead.
     */
    private record Values(Quantity quantity, long[] units, BigDecimal[] decimals, JourneySet having) {
    }

    /** The quantity over a cell, gathered once for every statistic of it. */
    private Values values(Quantity quantity, JourneySet cell) {
        JourneySet having = new JourneySet(journeys.columns(), cell.size());
        long[] units = new long[cell.size()];
        BigDecimal[] decimals = quantity == Quantity.YEARS_IN_PUBLIC_SUPPORT ? new BigDecimal[cell.size()] : null;
        boolean allHundredths = true;
        int n = 0;
        for (int k = 0; k < cell.size(); k++) {
            int i = cell.get(k);
            switch (quantity) {
                case AGE -> units[n] = codes.age(i);
                case THROUGHPUT_MONTHS -> units[n] = journeys.throughputDays(i);
                case DAYS_TO_ENROLMENT -> {
                    if (!journeys.isEnrolled(i)) {
                        continue;
                    }
                    units[n] = journeys.daysToEnrolment(i);
                }
                case YEARS_IN_PUBLIC_SUPPORT -> {
                    BigDecimal years = journeys.yearsInPublicSupport(i);
                    if (years == null) {
                        continue;
                    }
                    decimals[n] = years;
                    try {
                        units[n] = years.movePointRight(2).longValueExact();
                    } catch (ArithmeticException notWholeHundredths) {
                        allHundredths = false;
                    }
                }
            }
            having.add(i);
            n++;
        }
        return new Values(quantity, Arrays.copyOf(units, n),
                allHundredths ? null : Arrays.copyOf(decimals, n), having);
    }

    /** A statistic of the values; null over nobody. */
    private static Figure statistic(TableValue.Statistic statistic, Values values) {
        Ratio exact = values.decimals() != null ? ofExactDecimals(statistic, values.decimals().clone())
                : ofWhole(statistic, values.units());
        if (exact != null) {
            // Each statistic is taken over whole units and turned into the quantity once, exactly: months are
            // days ÷ 30.4375, years in public support hundredths ÷ 100.
            if (values.quantity() == Quantity.THROUGHPUT_MONTHS) {
                exact = exact.dividedBy(CountedJourneys.DAYS_PER_MONTH);
            } else if (values.quantity() == Quantity.YEARS_IN_PUBLIC_SUPPORT && values.decimals() == null) {
                exact = exact.dividedBy(Ratio.of(100));
            }
        }
        return new Figure.Measure(exact, values.having().ids());
    }

    private static Ratio ofWhole(TableValue.Statistic statistic, long[] values) {
        if (values.length == 0) {
            return null;
        }
        return switch (statistic) {
            case MEAN -> Ratio.meanOfWhole(values);
            case MEDIAN -> Ratio.medianOfWhole(values);
            case MIN -> Ratio.of(Arrays.stream(values).min().getAsLong());
            case MAX -> Ratio.of(Arrays.stream(values).max().getAsLong());
        };
    }

    /** Years given with more than two decimals: their exact sum, and the middle of the sorted values. */
    private static Ratio ofExactDecimals(TableValue.Statistic statistic, BigDecimal[] values) {
        if (statistic == TableValue.Statistic.MEAN) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal value : values) {
                sum = sum.add(value);
            }
            return Ratio.of(sum).dividedBy(Ratio.of(values.length));
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return switch (statistic) {
            case MEDIAN -> values.length % 2 == 1 ? Ratio.of(values[middle])
                    : Ratio.of(values[middle - 1].add(values[middle])).dividedBy(Ratio.of(2));
            case MIN -> Ratio.of(values[0]);
            default -> Ratio.of(values[values.length - 1]);
        };
    }
}
