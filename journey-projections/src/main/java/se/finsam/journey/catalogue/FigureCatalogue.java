package se.finsam.journey.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.finsam.journey.journey.RecordType;

/**
 * Every figure of one kind of report under one definition set, each family once: the one place that says which
 * figures exist, what each is and how it is named. Computations name the figures they make by their families, and
 * every reader (layouts, exports, lineage, restatements, names in words, small-cell protection) asks the catalogue
 * instead of taking a path apart.
 */
public final class FigureCatalogue {

    private final String definitions;
    private final List<FigureFamily> families;

    private FigureCatalogue(String definitions, List<FigureFamily> families) {
        this.definitions = definitions;
        this.families = Collections.unmodifiableList(families);
    }

    /** The definition set whose figures these are, e.g. {@code 2026.1}. */
    public String definitions() {
        return definitions;
    }

    /** Every family, in the order they were declared. */
    public List<FigureFamily> families() {
        return families;
    }

    public boolean contains(FigureFamily family) {
        return families.contains(family);
    }

    /** The figure a dotted path names, if it names one of the catalogue; the path is matched whole. */
    public Optional<FigureName> resolve(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (FigureFamily family : families) {
            Optional<FigureName> name = family.named(path);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    public static Builder builder(String definitions) {
        return new Builder(definitions);
    }

    /** Declares the families one by one; each declaration returns the family for the declaring class to keep. */
    public static final class Builder {

        private final String definitions;
        private final List<FigureFamily> families = new ArrayList<>();

        private Builder(String definitions) {
            this.definitions = definitions;
        }

        public FigureFamily count(String name, Keys keys, Set<RecordType> deciding) {
            return add(new FigureFamily(name, FigureKind.COUNT, keys, null, null, null, deciding));
        }

        public FigureFamily count(String name, Set<RecordType> deciding) {
            return count(name, Keys.NONE, deciding);
        }

        /** A share of {@code population}: 100 × {@code numerator} ÷ {@code denominator}. */
        public FigureFamily share(String name, FigureFamily numerator, FigureFamily denominator, String population,
                                  Set<RecordType> deciding) {
            return add(new FigureFamily(name, FigureKind.SHARE, numerator.keys(), numerator, denominator, population,
                    deciding));
        }

        /** A mean (median, minimum, maximum) over {@code population}, whose count is {@code size} (null: none). */
        public FigureFamily mean(String name, Keys keys, FigureFamily size, String population,
                                 Set<RecordType> deciding) {
            return add(new FigureFamily(name, FigureKind.MEAN, keys, null, size, population, deciding));
        }

        public FigureCatalogue build() {
            return new FigureCatalogue(definitions, List.copyOf(families));
        }

        private FigureFamily add(FigureFamily family) {
            if (families.stream().anyMatch(known -> known.name().equals(family.name()))) {
                throw new IllegalArgumentException("the catalogue already has " + family.name());
            }
            families.add(family);
            return family;
        }
    }
}
