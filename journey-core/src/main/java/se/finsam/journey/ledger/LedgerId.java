package se.finsam.journey.ledger;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose ledger: an initiative's or an association's, by its code. The aggregate identifier is
 * {@code ledger:initiative:fns} or {@code ledger:association:vastmanland}: a journey id never holds a ':', so a
 * ledger's events can never be taken for a journey's.
 */
public record LedgerId(Owner owner, String code) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,32}");
    private static final String PREFIX = "ledger:";

    /** The two kinds of owner, by the word used in ids and URLs. */
    public enum Owner {
        INITIATIVE, ASSOCIATION;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LedgerId {
        if (owner == null || code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a ledger belongs to an initiative or association by its code");
        }
    }

    public static LedgerId initiative(String code) {
        return new LedgerId(Owner.INITIATIVE, code);
    }

    public static LedgerId association(String code) {
        return new LedgerId(Owner.ASSOCIATION, code);
    }

    /** The aggregate identifier. */
    public String value() {
        return PREFIX + owner.word() + ":" + code;
    }

    /** The ledger an aggregate identifier names, if it names one. */
    public static Optional<LedgerId> parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = value.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 2 || !CODE.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        for (Owner owner : Owner.values()) {
            if (owner.word().equals(parts[0])) {
                return Optional.of(new LedgerId(owner, parts[1]));
            }
        }
        return Optional.empty();
    }

    public boolean isAssociation() {
        return owner == Owner.ASSOCIATION;
    }

    @Override
    public String toString() {
        return value();
    }
}
