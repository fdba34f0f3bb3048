package se.finsam.journey.reports.baseline;

import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.reports.Progress;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** One cell of the report, with the journeys behind it, so that every published figure can be traced. */
public sealed interface Figure {

    /** Journey ids in Python's (code point) order, which is the order the acceptance oracle lists them in. */
    Comparator<String> CODE_POINT_ORDER = Figure::compareCodePoints;

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The value as the report shows it: an Integer count, or a BigDecimal with one decimal, or null. */
    Object rendered();

    /** The distinct journeys the cell is about: those counted, or those a share or mean is taken over. */
    List<String> population();

    /**
     * A count. {@code members} holds one journey id per counted item, so its size is the value: a journey with
     * two active placements appears twice in {@code workTraining.trainings}, once per score in an instrument's
     * {@code count}; in every other count each journey appears once.
     */
    record Count(List<String> members) implements Figure {

        public Count {
            members = Collections.unmodifiableList(members);
        }

        public int value() {
            return members.size();
        }

        /** Sorted only when asked for (lineage): a report needs the counts, not the order. */
        @Override
        public List<String> members() {
            return members.stream().sorted(CODE_POINT_ORDER).toList();
        }

        @Override
        public Object rendered() {
            return value();
        }

        @Override
        public List<String> population() {
            return members().stream().distinct().toList();
        }
    }

    /** A share (percent) or a mean, exact, over a population; {@code exact} is null over nobody. */
    record Measure(Ratio exact, List<String> population) implements Figure {

        public Measure {
            population = Collections.unmodifiableList(population);
        }

        @Override
        public List<String> population() {
            return population.stream().distinct().sorted(CODE_POINT_ORDER).toList();
        }

        @Override
        public Object rendered() {
            return exact == null ? null : exact.toTenths();
        }
    }
}
