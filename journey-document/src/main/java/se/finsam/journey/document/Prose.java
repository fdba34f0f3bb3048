package se.finsam.journey.document;

import java.util.List;

/**
 * The team's own text, as plain text typed in the web app: paragraphs separated by a blank line, a line break
 * inside a paragraph kept, and simple lists (lines starting with "- ", "* " or "• " for bullets, "1. " or "1) " for
 * numbered items; indented by two spaces or more for a second level). Nothing in it is markup: "<b>" is printed as
 * it stands.
 */
public record Prose(String text) implements Block {

    public Prose {
        text = text == null ? "" : text;
    }

    /** The paragraphs and lists of the text, in order. */
    public List<ProseBlock> blocks() {
        return ProseParser.parse(text);
    }
}
