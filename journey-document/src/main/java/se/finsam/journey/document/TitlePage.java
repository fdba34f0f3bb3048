package se.finsam.journey.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the title page says.
 *
 * @param kind         the kind of report, e.g. "Årsrapport 2025" or "Delårsrapport januari–augusti 2025"
 * @param subject      the initiative or the association the report is about, e.g. "Samverkansteam Avesta"
 * @param organisation who stands behind it, e.g. "Södra Dalarnas samordningsförbund"; null when it is the subject
 * @param period       the period the figures cover
 * @param made         the day the document was made
 * @param provenance   the event position the figures are exact at
 */
public record TitlePage(String kind, String subject, String organisation, Period period, LocalDate made,
                        Provenance provenance) {

    public TitlePage {
        kind = Text.required(kind, "kind");
        subject = Text.required(subject, "subject");
        organisation = Text.optional(organisation);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(provenance, "provenance");
    }
}
