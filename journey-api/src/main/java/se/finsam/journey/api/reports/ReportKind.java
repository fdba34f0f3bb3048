package se.finsam.journey.api.reports;

import java.util.List;
import se.finsam.journey.reports.JourneyColumns;

/**
 * A kind of report that goes through the one publication path ({@link Publication}): how its figures
 * {@code F} are computed from the scope's journeys, written down for its manifest ({@link FiguresDocument}), and
 * protected for publication ({@code S}, the cells to hide). The participant report is one kind; each stored version
 * of an analyst's definition is another. A new kind of report implements this, and a {@link ManifestKind} so that
 * its manifests can be verified; the path, manifests, suppression and the read audit trail come with it.
 */
public interface ReportKind<F, S> {

    /** What the kind's manifests are of. */
    ReportManifests.Subject subject();

    /**
     * The question the scope's journeys are loaded with, once the scope is known to be the caller's: {@code query}
     * itself, or for a kind that reads more than journeys (a ledger report) one that waits for those records too.
     * A question this kind cannot answer is refused here (400), after the scope was checked, so that a caller
     * outside the scope is told that first.
     */
    default ReportQuery loading(ReportQuery query, List<String> scope) {
        return query;
    }

    /** The question in a line for the read audit trail. */
    default String describe(ReportQuery query) {
        return query.describe();
    }

    /** The figures of a question over the scope's journeys that may count, exactly as at {@code position}. */
    F compute(ReportQuery query, List<String> scope, long position, JourneyColumns journeys);

    /** The figures as the document a manifest's hash is over (format {@value FiguresDocument#VERSION}). */
    String figuresDocument(F figures);

    /** The cells to hide for publication under small-cell protection with {@code threshold}, in both years. */
    S suppress(F figures, int threshold);

    /**
     * The events a manifest's figures rest on, as its events hash covers them: the scope's journeys ({@code journeys},
     * folded from the event table at the manifest's position), and for a kind computed from more events too (a
     * ledger report's ledgers) theirs.
     */
    default ReportService.Folded contributing(ReportManifests.Manifest manifest, ReportService.Folded journeys) {
        return journeys;
    }

    /**
     * The answer as manifests stored it before figures documents (format {@value FiguresDocument#ANSWER}), for
     * verifying those; a kind that came after has no such manifests.
     */
    default Object answerAsStored(F figures) {
        throw new UnsupportedOperationException(subject().kind() + " reports have no manifests of format "
                + FiguresDocument.ANSWER);
    }
}
