package se.finsam.journey.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The document flattened into what a renderer writes, in order: headings with their level and an anchor, the
 * team's text, and tables and charts with their running numbers ("Tabell 3", "Diagram 2"). Both renderers walk
 * the same list, so the numbering and the table of contents agree between Word and PDF.
 */
public final class ReadingOrder {

    /** One thing to write. */
    public sealed interface Part {
    }

    /** A heading: level 1–3, and an anchor unique in the document (for links and bookmarks). */
    public record Heading(int level, String text, String anchor) implements Part {
    }

    public record Text(List<ProseBlock> blocks) implements Part {
    }

    public record NumberedTable(int number, Table table) implements Part {
    }

    public record NumberedChart(int number, Chart chart) implements Part {
    }

    private ReadingOrder() {
    }

    public static List<Part> of(ReportDocument document) {
        List<Part> parts = new ArrayList<>();
        int[] counters = new int[3];
        for (Section section : document.sections()) {
            add(section, 1, parts, counters);
        }
        return parts;
    }

    /** The headings, for a table of contents. */
    public static List<Heading> headings(List<Part> parts) {
        return parts.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    private static void add(Section section, int level, List<Part> parts, int[] counters) {
        parts.add(new Heading(level, section.heading(), "h" + ++counters[0]));
        for (Block block : section.content()) {
            if (block instanceof Section inner) {
                add(inner, level + 1, parts, counters);
            } else if (block instanceof Prose prose) {
                List<ProseBlock> blocks = prose.blocks();
                if (!blocks.isEmpty()) {
                    parts.add(new Text(blocks));
                }
            } else if (block instanceof Table table) {
                parts.add(new NumberedTable(++counters[1], table));
            } else if (block instanceof Chart chart) {
                parts.add(new NumberedChart(++counters[2], chart));
            }
        }
    }
}
