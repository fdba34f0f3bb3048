package se.finsam.journey.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * Switches over a record's {@link RecordType} stand for switches over the sealed event family only while the two
 * match one to one: every permitted event class has a type of its own, and every type has its class.
 */
class JourneyEventFamilyTest {

    @Test
    void everyEventOfTheSealedFamilyHasARecordTypeOfItsOwnAndEveryTypeItsEvent() throws Exception {
        Map<RecordType, Class<?>> classOfType = new HashMap<>();
        for (Class<?> event : JourneyEvent.class.getPermittedSubclasses()) {
            RecordType type = typeOf(event);
            assertThat(classOfType.put(type, event)).as(event + " shares its record type " + type).isNull();
        }
        assertThat(classOfType.keySet()).containsExactlyInAnyOrder(RecordType.values());
    }

    /** The type an instance of the event class says it has (records only: any values will do). */
    private static RecordType typeOf(Class<?> event) throws Exception {
        RecordComponent[] components = event.getRecordComponents();
        Object[] values = Arrays.stream(components).map(c -> defaultOf(c.getType())).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return ((JourneyEvent) event.getDeclaredConstructor(types).newInstance(values)).type();
    }

    private static Object defaultOf(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
