package se.finsam.journey.document;

import java.util.List;

/** A paragraph or a list of the team's text, as {@link ProseParser} reads it. */
public sealed interface ProseBlock {

    /** A paragraph: its lines (kept as the team broke them). */
    record Paragraph(List<String> lines) implements ProseBlock {
        public Paragraph {
            lines = List.copyOf(lines);
        }
    }

    /** A list of items, numbered or with bullets. */
    record ItemList(boolean numbered, List<Item> items) implements ProseBlock {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /** One item of a list: level 0, or 1 under the item before it. */
    record Item(int level, String text) {
    }
}
