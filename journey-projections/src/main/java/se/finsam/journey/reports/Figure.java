package se.finsam.journey.reports;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** One cell of the report, with the journeys behind it, so that every published figure can be traced. */
public sealed interface Figure {

    /** Journey ids in Python's (code point) order, which is the order the acceptance oracle lists them in. */
    Comparator<String> CODE_POINT_ORDER = Figure::compareCodePoints;

    /**
     * Code point order, decoding only where a surrogate differs: UTF-16 units compare as their code points do except
     * around surrogates (which stand for code points above U+FFFF, or for themselves when lone). Sorting cell names
     * and journey ids is in every manifest and lineage, so this is on the path of every report.
     */
    private static int compareCodePoints(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int k = 0; k < length; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return Integer.compare(x, y);
                }
                // A differing low surrogate may end a pair whose high half both share: compare from that half.
                boolean pairEnds = k > 0 && Character.isHighSurrogate(a.charAt(k - 1))
                        && (Character.isLowSurrogate(x) || Character.isLowSurrogate(y));
                int from = pairEnds ? k - 1 : k;
                return Integer.compare(a.codePointAt(from), b.codePointAt(from));
            }
        }
        return Integer.compare(a.length(), b.length());
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
