package se.finsam.journey.document;

import java.util.Arrays;
import java.util.List;

/**
 * A heading and what follows it. A section inside a section is one level deeper: the document's sections are level
 * 1 and there are at most three levels (Word's Heading 1–3, the PDF's bookmarks).
 */
public record Section(String heading, List<Block> content) implements Block {

    public static final int DEEPEST_LEVEL = 3;

    public Section {
        heading = Text.required(heading, "heading");
        content = List.copyOf(content);
    }

    public static Section of(String heading, Block... content) {
        return new Section(heading, Arrays.asList(content));
    }

    void checkDepth(int level) {
        if (level > DEEPEST_LEVEL) {
            throw new IllegalArgumentException("headings go " + DEEPEST_LEVEL + " levels deep at most; \""
                    + heading + "\" would be level " + level);
        }
        content.stream().filter(Section.class::isInstance).map(Section.class::cast)
                .forEach(section -> section.checkDepth(level + 1));
    }
}
