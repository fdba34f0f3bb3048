package se.finsam.journey.ledger.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rows of an open breakdown (parties, types of cost, roles, kinds): the standard codes in their order, then the
 * others that occur in either year of the report, sorted, so that both years of a comparison carry the same rows.
 */
final class Keys {

    private Keys() {
    }

    static <T> List<String> of(List<String> standard, boolean everyStandard, Collection<T> records,
                               Function<T, String> key) {
        Set<String> occurring = new LinkedHashSet<>();
        records.forEach(record -> occurring.add(key.apply(record)));
        List<String> keys = new ArrayList<>();
        standard.stream().filter(code -> everyStandard || occurring.contains(code)).forEach(keys::add);
        occurring.stream().filter(code -> !standard.contains(code)).sorted(Comparator.naturalOrder())
                .forEach(keys::add);
        return keys;
    }

    static <T> Stream<T> live(Collection<LedgerSnapshot> ledgers, Class<T> type) {
        return ledgers.stream().flatMap(ledger -> ledger.history().live()).filter(type::isInstance).map(type::cast);
    }
}
