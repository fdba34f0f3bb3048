package se.finsam.journey.document;

import java.util.List;
import java.util.Objects;

/**
 * A whole report document: its title page, optionally a table of contents, and its sections in order.
 *
 * @param smallNumberLimit the limit of small-number protection the figures were published with (counts below it are
 *                         hidden), or null when none was asked; the footnote under a table with hidden cells names it
 */
public record ReportDocument(TitlePage titlePage, boolean tableOfContents, List<Section> sections,
                             Integer smallNumberLimit) {

    public ReportDocument {
        Objects.requireNonNull(titlePage, "titlePage");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a report document needs at least one section");
        }
        if (smallNumberLimit != null && smallNumberLimit < 2) {
            throw new IllegalArgumentException("a small-number limit is at least 2, not " + smallNumberLimit);
        }
        sections.forEach(section -> section.checkDepth(1));
    }

    /** A document with a table of contents and without small-number protection. */
    public static ReportDocument of(TitlePage titlePage, List<Section> sections) {
        return new ReportDocument(titlePage, true, sections, null);
    }

    public ReportDocument withSmallNumberLimit(int limit) {
        return new ReportDocument(titlePage, tableOfContents, sections, limit);
    }

    public ReportDocument withoutTableOfContents() {
        return new ReportDocument(titlePage, false, sections, smallNumberLimit);
    }
}
