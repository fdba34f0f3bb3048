package se.finsam.journey.ledger.figures;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The figures of a report record as cells named by dotted paths ({@code total.costs}, {@code byKind.COURSE.sessions}):
 * every {@link Value} found in its components, in nested records and in maps by their keys. The comparison with last
 * year, small-number protection and the exports work on cells, so every report record is compared, protected and
 * exported alike, and a figure added to a record is in all of them at once.
 */
public final class Cells {

    private Cells() {
    }

    /** Every value of the record under its dotted path, in the record's order. */
    public static Map<String, Value> of(Object record) {
        Map<String, Value> cells = new LinkedHashMap<>();
        map(record, "", (path, value) -> {
            cells.put(path, value);
            return value;
        });
        return cells;
    }

    /** A copy of the record with every value replaced by what {@code change} makes of it (path, value). */
    @SuppressWarnings("unchecked")
    public static <T> T map(T record, BiFunction<String, Value, Value> change) {
        return (T) map(record, "", change);
    }

    private static Object map(Object node, String path, BiFunction<String, Value, Value> change) {
        if (node instanceof Value value) {
            return change.apply(path, value);
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, map(element, join(path, String.valueOf(key)), change)));
            return copy;
        }
        if (node != null && node.getClass().isRecord()) {
            return copyOf(node, path, change);
        }
        return node;
    }

    private static Object copyOf(Object record, String path, BiFunction<String, Value, Value> change) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = map(components[i].getAccessor().invoke(record), join(path, components[i].getName()),
                        change);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the report record " + record.getClass().getSimpleName(),
                    e instanceof InvocationTargetException target ? target.getCause() : e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
