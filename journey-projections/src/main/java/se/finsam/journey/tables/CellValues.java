package se.finsam.journey.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
                for (TableValue value : spec.values()) {
                    String key = cell + "/" + value.name();
                    switch (value.kind()) {
                        case COUNT -> cells.put(key, counts.get(cell));
                        case SHARE_OF_TOTAL -> share(cells, sharesOf, key, r, c, totalRow, totalColumn);
                        case SHARE_OF_ROW -> share(cells, sharesOf, key, r, c, r, totalColumn);
                        case SHARE_OF_COLUMN -> share(cells, sharesOf, key, r, c, totalRow, c);
                        case STATISTIC -> cells.put(key, statistic(value, those));
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

    /** A statistic over the cell's journeys that have the quantity; null over nobody. */
    private Figure statistic(TableValue value, JourneySet cell) {
        JourneySet having = new JourneySet(journeys.columns(), cell.size());
        if (value.quantity() == Quantity.YEARS_IN_PUBLIC_SUPPORT) {
            List<Ratio> years = new ArrayList<>(cell.size());
            for (int k = 0; k < cell.size(); k++) {
                BigDecimal given = journeys.yearsInPublicSupport(cell.get(k));
                if (given != null) {
                    having.add(cell.get(k));
                    years.add(Ratio.of(given));
                }
            }
            return new Figure.Measure(of(value.statistic(), years), having.ids());
        }
        long[] wholes = new long[cell.size()];
        int n = 0;
        for (int k = 0; k < cell.size(); k++) {
            int i = cell.get(k);
            switch (value.quantity()) {
                case AGE -> wholes[n++] = codes.age(i);
                case THROUGHPUT_MONTHS -> wholes[n++] = journeys.throughputDays(i);
                case DAYS_TO_ENROLMENT -> {
                    if (!journeys.isEnrolled(i)) {
                        continue;
                    }
                    wholes[n++] = journeys.daysToEnrolment(i);
                }
                default -> throw new IllegalStateException("not a whole quantity: " + value.quantity());
            }
            having.add(i);
        }
        Ratio exact = ofWhole(value.statistic(), Arrays.copyOf(wholes, n));
        if (exact != null && value.quantity() == Quantity.THROUGHPUT_MONTHS) {
            // Months are days ÷ 30.4375: each statistic is taken over whole days and divided once, exactly.
            exact = exact.dividedBy(CountedJourneys.DAYS_PER_MONTH);
        }
        return new Figure.Measure(exact, having.ids());
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

    private static Ratio of(TableValue.Statistic statistic, List<Ratio> values) {
        if (values.isEmpty()) {
            return null;
        }
        return switch (statistic) {
            case MEAN -> Ratio.meanOf(values);
            case MEDIAN -> Ratio.medianOf(values);
            case MIN -> values.stream().min(Ratio::compareTo).orElseThrow();
            case MAX -> values.stream().max(Ratio::compareTo).orElseThrow();
        };
    }
}
