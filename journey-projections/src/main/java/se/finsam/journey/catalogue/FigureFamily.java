package se.finsam.journey.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.finsam.journey.journey.RecordType;

/**
 * One figure of a report, or a family of figures that differ only by a key ({@code participants.byGender.*}: one
 * figure per gender): its name, with {@code *} where the key goes; its kind; its keys; for a share its numerator and
 * denominator, for a mean the population it is taken over (and the count that is its size, where the report has
 * one); the record types that decide how a journey counts in it; and the message key of its name in words. Compared
 * by identity: a catalogue holds each family once.
 */
public final class FigureFamily {

    /** Where the key goes in a family's name. */
    public static final String KEY = "*";

    private final String name;
    private final FigureKind kind;
    private final Keys keys;
    private final FigureFamily numerator;
    private final FigureFamily denominator;
    private final String population;
    private final Set<RecordType> deciding;
    private final String prefix;
    private final String suffix;

    FigureFamily(String name, FigureKind kind, Keys keys, FigureFamily numerator, FigureFamily denominator,
                 String population, Set<RecordType> deciding) {
        int key = name.indexOf(KEY);
        if ((key < 0) != (keys == Keys.NONE) || key != name.lastIndexOf(KEY)) {
            throw new IllegalArgumentException(name + ": a family of figures has one key in its name, a single figure none");
        }
        if ((kind == FigureKind.SHARE) != (numerator != null) || (kind == FigureKind.SHARE && denominator == null)) {
            throw new IllegalArgumentException(name + ": a share, and only a share, names its numerator and denominator");
        }
        if ((kind == FigureKind.COUNT) != (population == null)) {
            throw new IllegalArgumentException(name + ": a share or a mean, and only they, say what they are taken over");
        }
        this.name = name;
        this.kind = kind;
        this.keys = keys;
        this.numerator = numerator;
        this.denominator = denominator;
        this.population = population;
        this.deciding = Set.copyOf(deciding);
        this.prefix = key < 0 ? name : name.substring(0, key);
        this.suffix = key < 0 ? "" : name.substring(key + 1);
    }

    /** The name, {@code *} standing for the key: {@code participants.byGender.*}, {@code closures.total}. */
    public String name() {
        return name;
    }

    public FigureKind kind() {
        return kind;
    }

    public Keys keys() {
        return keys;
    }

    public boolean single() {
        return keys == Keys.NONE;
    }

    /** A share's numerator count, the figure of the same key in that family; null for other kinds. */
    public FigureFamily numerator() {
        return numerator;
    }

    /**
     * The count a share is a percentage of, or the count of the population a mean is taken over, where the report
     * has that count (a mean per gender has none); null for a count.
     */
    public FigureFamily denominator() {
        return denominator;
    }

    /** What a share or mean is taken over, in DOMAIN.md's words ("measured closures"); null for a count. */
    public String population() {
        return population;
    }

    /** The record types whose records decide how a journey counts here (lineage, restatements). */
    public Set<RecordType> deciding() {
        return deciding;
    }

    /**
     * The message key of the figure's name in words: {@code figure.} and the name without its key; a family's
     * message takes the key's label as its argument {@code {0}}.
     */
    public String label() {
        return "figure." + String.join(".", segments(null).stream().filter(part -> part != null).toList());
    }

    /** The dotted path of the figure with {@code key} (null for a single figure). */
    public String path(String key) {
        if (!keys.allows(key)) {
            throw new IllegalArgumentException("'" + key + "' is no key of " + name);
        }
        return single() ? name : prefix + key + suffix;
    }

    /** The path of a single figure. */
    public String path() {
        return path(null);
    }

    /** The parts of the path, the key as one part whatever it holds (a unit's name may hold a dot). */
    public List<String> segments(String key) {
        List<String> segments = new ArrayList<>();
        for (String part : name.split("\\.")) {
            segments.add(part.equals(KEY) ? key : part);
        }
        return segments;
    }

    /** The key that makes {@code path} a figure of this family (null for a single figure), if it is one. */
    Optional<FigureName> named(String path) {
        if (single()) {
            return path.equals(name) ? Optional.of(new FigureName(this, null)) : Optional.empty();
        }
        if (path.length() <= prefix.length() + suffix.length() || !path.startsWith(prefix) || !path.endsWith(suffix)) {
            return Optional.empty();
        }
        String key = path.substring(prefix.length(), path.length() - suffix.length());
        return keys.allows(key) ? Optional.of(new FigureName(this, key)) : Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
