package se.finsam.journey.persons;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An association's person links as they stand after its records, in order: the live links (a link, not unlinked
 * since) and the pairs staff unlinked (which the service never links automatically again). Persons are the connected
 * components of the live links.
 */
public final class PersonLinks {

    /** Prefix of a link stream's aggregate identifier; a journey id never holds a ':', so none can be taken for one. */
    public static final String STREAM_PREFIX = "persons:association:";

    private final Map<JourneyPair, JourneysLinked> live = new LinkedHashMap<>();
    private final Set<JourneyPair> unlinked = new HashSet<>();
    private int records;

    /** The aggregate identifier of an association's link stream. */
    public static String streamOf(String association) {
        return STREAM_PREFIX + association;
    }

    public static PersonLinks of(Collection<? extends PersonLinkEvent> records) {
        PersonLinks links = new PersonLinks();
        records.forEach(links::add);
        return links;
    }

    public void add(PersonLinkEvent record) {
        records++;
        if (record instanceof JourneysLinked link) {
            live.put(link.pair(), link);
            unlinked.remove(link.pair());
        } else {
            live.remove(record.pair());
            unlinked.add(record.pair());
        }
    }

    /** How many records the stream holds: the next record's sequence number. */
    public int records() {
        return records;
    }

    public boolean linked(String one, String other) {
        return live.containsKey(JourneyPair.of(one, other));
    }

    public boolean unlinkedByStaff(String one, String other) {
        return unlinked.contains(JourneyPair.of(one, other));
    }

    public List<JourneysLinked> liveLinks() {
        return List.copyOf(live.values());
    }

    /** The live links of one journey, in the order they were made. */
    public List<JourneysLinked> linksOf(String journeyId) {
        return live.values().stream()
                .filter(link -> link.journeyId().equals(journeyId) || link.otherJourneyId().equals(journeyId)).toList();
    }

    /** Whether the live links join the two journeys, directly or through others. */
    public boolean samePerson(String one, String other) {
        Components components = components();
        return components.root(one).equals(components.root(other));
    }

    /** The number of persons among {@code journeys}: distinct components of the live links they fall in. */
    public int persons(Collection<String> journeys) {
        Components components = components();
        Set<String> roots = new HashSet<>();
        journeys.forEach(journey -> roots.add(components.root(journey)));
        return roots.size();
    }

    /** The connected components of the live links over the whole association (so a chain through a journey outside a
     * population still makes one person of its ends). */
    public Components components() {
        Components components = new Components();
        live.keySet().forEach(pair -> components.join(pair.first(), pair.second()));
        return components;
    }

    /** Union-find over journey ids; a journey without links is a component of its own. */
    public static final class Components {
        private final Map<String, String> parent = new HashMap<>();

        public String root(String journey) {
            String root = journey;
            for (String up = parent.get(root); up != null; up = parent.get(root)) {
                root = up;
            }
            // Path compression: every journey on the way points at the root.
            for (String at = journey; !at.equals(root); ) {
                String up = parent.put(at, root);
                at = up;
            }
            return root;
        }

        void join(String one, String other) {
            String a = root(one);
            String b = root(other);
            if (!a.equals(b)) {
                // The smaller id becomes the root, so components do not depend on the order links were made in.
                if (a.compareTo(b) < 0) {
                    parent.put(b, a);
                } else {
                    parent.put(a, b);
                }
            }
        }
    }
}
