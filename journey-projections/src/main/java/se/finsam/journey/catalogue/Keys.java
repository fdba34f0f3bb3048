package se.finsam.journey.catalogue;

import java.util.List;

/**
 * What the figures of one family are keyed by: nothing (a single figure), a code list (every code always there,
 * some extra ones only when someone has them), or open-ended keys that occur in the data. {@code list} names the
 * code list, whose labels are the shared ones ({@code code.<list>.<key>}).
 */
public sealed interface Keys {

    /** A single figure. */
    Keys NONE = new None();

    /** Whether {@code key} can name a figure of the family. */
    boolean allows(String key);

    record None() implements Keys {

        @Override
        public boolean allows(String key) {
            return key == null;
        }
    }

    /** Every code of {@code codes} (0 where none), then any of {@code extra} that someone has. */
    record Codes(String list, List<String> codes, List<String> extra) implements Keys {

        public Codes {
            codes = List.copyOf(codes);
            extra = List.copyOf(extra);
        }

        public Codes(String list, List<String> codes) {
            this(list, codes, List.of());
        }

        @Override
        public boolean allows(String key) {
            return codes.contains(key) || extra.contains(key);
        }
    }

    /** The keys that occur (units, municipalities): any key but an empty one. */
    record Open(String list) implements Keys {

        @Override
        public boolean allows(String key) {
            return key != null && !key.isEmpty();
        }
    }
}
