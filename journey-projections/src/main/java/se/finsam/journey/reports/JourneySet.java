package se.finsam.journey.reports;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import se.finsam.journey.journey.CurrentJourney;

/**
 * The journeys behind one cell as positions in the scope's {@link JourneyColumns}: a report needs only their
 * number, so a cell holds a growing int array, and the journey ids exist only as a view that lineage reads.
 * A position may occur more than once (one per placement or score in the counts that count items). Public for
 * the table language ({@code se.finsam.journey.tables}), which collects the journeys behind its cells the same way.
 */
public final class JourneySet {

    private final CurrentJourney[] journeys;
    private int[] at;
    private int size;

    public JourneySet(JourneyColumns columns) {
        this(columns, 16);
    }

    public JourneySet(JourneyColumns columns, int capacity) {
        this.journeys = columns.journeys;
        this.at = new int[Math.max(capacity, 4)];
    }

    /** The positions whose roles include every bit of {@code role}. */
    static JourneySet having(JourneyColumns columns, int[] roles, int role) {
        JourneySet set = new JourneySet(columns, 256);
        for (int i = 0; i < roles.length; i++) {
            if ((roles[i] & role) == role) {
                set.add(i);
            }
        }
        return set;
    }

    public void add(int position) {
        if (size == at.length) {
            at = Arrays.copyOf(at, size * 2);
        }
        at[size++] = position;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The position of the {@code index}-th member. */
    public int get(int index) {
        return at[index];
    }

    /** The members' journey ids, mapped only when read (lineage); a report reads only the size. */
    public List<String> ids() {
        int[] positions = at;
        int count = size;
        CurrentJourney[] all = journeys;
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                if (index >= count) {
                    throw new IndexOutOfBoundsException(index);
                }
                return all[positions[index]].journeyId();
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
