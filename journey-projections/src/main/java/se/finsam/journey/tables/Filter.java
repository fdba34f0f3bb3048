package se.finsam.journey.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A table's {@code where}: a journey passes when it has one of the listed raw codes in every named dimension. */
final class Filter {

    /** One named dimension: for a coded one, bits over its code indexes; else the codes as text. */
    private record Condition(Dimension by, int codedBits, Set<String> texts) {
    }

    private final List<Condition> conditions;

    private Filter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    static Filter of(Map<Dimension, Set<String>> where) {
        List<Condition> conditions = new ArrayList<>();
        where.forEach((by, codes) -> {
            int bits = 0;
            if (by.kind() == Dimension.Kind.CODED) {
                for (String code : codes) {
                    bits |= 1 << by.codes().indexOf(code);
                }
            }
            conditions.add(new Condition(by, bits, Set.copyOf(codes)));
        });
        return new Filter(conditions);
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    boolean passes(JourneyCodes codes, int i) {
        for (Condition condition : conditions) {
            boolean has = condition.by().kind() == Dimension.Kind.CODED
                    ? (codes.codedBits(condition.by(), i) & condition.codedBits()) != 0
                    : condition.texts().contains(codes.text(condition.by(), i));
            if (!has) {
                return false;
            }
        }
        return true;
    }
}
