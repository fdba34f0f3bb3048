package se.finsam.journey.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.finsam.journey.reports.Figure;

/**
 * One axis of a table: its categories in order (without the total), and which of them each journey falls in.
 * Coded dimensions have their code list, the initiative dimension the scope's initiatives, open dimensions the
 * codes that occur (sorted, then {@code none}); groups replace codes by their labels, with {@code other} for the
 * codes in no group; bands are followed by {@code other} (and, for years, {@code NOT_APPLICABLE}).
 */
final class AxisCategories {

    static final String OTHER = "other";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    private final Axis axis;
    private final List<String> labels;
    /** For a coded dimension: per code index, its category. */
    private final int[] categoryOfCode;
    /** For the initiative and the open dimensions: per code, its category (absent: {@link #other}). */
    private final Map<String, Integer> categoryOfText;
    private final int other;
    private final int notApplicable;

    private AxisCategories(Axis axis, List<String> labels, int[] categoryOfCode, Map<String, Integer> categoryOfText) {
        this.axis = axis;
        this.labels = List.copyOf(labels);
        this.categoryOfCode = categoryOfCode;
        this.categoryOfText = categoryOfText;
        this.other = labels.indexOf(OTHER);
        this.notApplicable = labels.indexOf(NOT_APPLICABLE);
    }

    /**
     * The categories of {@code axis} for a report over {@code scope}; {@code occurring} are the codes of an open
     * dimension found in the table's population (of every period shown), ignored for the other dimensions.
     */
    static AxisCategories of(Axis axis, Collection<String> scope, Collection<String> occurring) {
        Dimension by = axis.by();
        List<String> labels = new ArrayList<>();
        if (by.isBanded()) {
            axis.bands().forEach(band -> labels.add(band.label()));
            labels.add(OTHER);
            if (by == Dimension.YEARS_IN_PUBLIC_SUPPORT) {
                labels.add(NOT_APPLICABLE);
            }
            return new AxisCategories(axis, labels, null, null);
        }
        List<String> codes = switch (by.kind()) {
            case CODED -> by.codes();
            case SCOPE -> sorted(scope);
            default -> sorted(occurring);
        };
        Map<String, Integer> category = new HashMap<>();
        if (axis.groups().isEmpty()) {
            labels.addAll(codes);
            for (int c = 0; c < codes.size(); c++) {
                category.put(codes.get(c), c);
            }
        } else {
            for (Group group : axis.groups()) {
                group.codes().forEach(code -> category.put(code, labels.size()));
                labels.add(group.label());
            }
            // Initiatives and open dimensions always have an `other`: codes the definition cannot know of.
            if (by.kind() != Dimension.Kind.CODED || !category.keySet().containsAll(codes)) {
                labels.add(OTHER);
            }
        }
        if (by.kind() != Dimension.Kind.CODED) {
            return new AxisCategories(axis, labels, null, category);
        }
        int[] ofCode = new int[codes.size()];
        for (int c = 0; c < codes.size(); c++) {
            ofCode[c] = category.getOrDefault(codes.get(c), labels.indexOf(OTHER));
        }
        return new AxisCategories(axis, labels, ofCode, null);
    }

    /** Open dimensions list their codes sorted by code point, then {@code none} if it occurs. */
    private static List<String> sorted(Collection<String> codes) {
        TreeSet<String> sorted = new TreeSet<>(Figure.CODE_POINT_ORDER);
        sorted.addAll(codes);
        boolean none = sorted.remove(Dimension.NONE);
        List<String> result = new ArrayList<>(sorted);
        if (none) {
            result.add(Dimension.NONE);
        }
        return result;
    }

    List<String> labels() {
        return labels;
    }

    int size() {
        return labels.size();
    }

    /** Classifies the rows of one period's journeys (their codes of open dimensions are indexes into its lists). */
    Classifier classifier(JourneyCodes codes) {
        return new Classifier(codes);
    }

    /** The categories of each row of one period, by lookups in arrays made once per table and period. */
    final class Classifier {

        private final JourneyCodes codes;
        private final Dimension by = axis.by();
        /** For a banded dimension: per whole number up to the highest band end, its category. */
        private final int[] categoryOfValue;
        /** For the initiative and the open dimensions: per key of the period's key list, its category. */
        private final int[] categoryOfKey;
        private final int categoryOfNone;

        private Classifier(JourneyCodes codes) {
            this.codes = codes;
            if (by.isBanded()) {
                categoryOfValue = new int[AxisReader.HIGHEST_BAND_END + 1];
                for (int value = 0; value < categoryOfValue.length; value++) {
                    categoryOfValue[value] = band(value);
                }
            } else {
                categoryOfValue = null;
            }
            if (categoryOfText != null) {
                List<String> keys = codes.keys(by);
                categoryOfKey = new int[keys.size()];
                for (int key = 0; key < categoryOfKey.length; key++) {
                    categoryOfKey[key] = categoryOf(keys.get(key));
                }
                categoryOfNone = by == Dimension.INITIATIVE ? -1 : categoryOf(Dimension.NONE);
            } else {
                categoryOfKey = null;
                categoryOfNone = -1;
            }
        }

        /** Writes the distinct categories of row {@code i} into {@code into} and answers how many there are. */
        int classify(int i, int[] into) {
            switch (by.kind()) {
                case BANDED -> {
                    Integer value = codes.banded(by, i);
                    into[0] = value == null ? notApplicable
                            : value >= 0 && value < categoryOfValue.length ? categoryOfValue[value] : other;
                    return 1;
                }
                case CODED -> {
                    if (by != Dimension.WORK_TRAINING_SECTOR) {
                        into[0] = categoryOfCode[codes.code(by, i)];
                        return 1;
                    }
                    int bits = codes.codedBits(by, i);
                    int found = 0;
                    for (int code = 0; bits != 0; code++, bits >>>= 1) {
                        if ((bits & 1) != 0) {
                            found = addDistinct(into, found, categoryOfCode[code]);
                        }
                    }
                    return found;
                }
                default -> {
                    int key = codes.key(by, i);
                    into[0] = key < 0 ? categoryOfNone : categoryOfKey[key];
                    return 1;
                }
            }
        }

        private int categoryOf(String code) {
            Integer category = categoryOfText.get(code);
            // A code not among the categories goes to `other`; without groups every code that occurs is one.
            return category == null ? other : category;
        }
    }

    private int band(int value) {
        List<Band> bands = axis.bands();
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).contains(value)) {
                return b;
            }
        }
        return other;
    }

    private static int addDistinct(int[] into, int found, int category) {
        for (int k = 0; k < found; k++) {
            if (into[k] == category) {
                return found;
            }
        }
        into[found] = category;
        return found + 1;
    }

    @Override
    public String toString() {
        return axis.by().wireName() + Arrays.toString(labels.toArray());
    }
}
