package se.finsam.journey.api.document;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.reports.KeyLabels;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.reports.NationalFigures;

/**
 * The document's words for figures and codes, in Swedish (the document is Swedish whatever the reader's page
 * language): the same bundles the pages use, so a figure is named alike on the page and in the document.
 */
@Component
class DocumentWords {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;

    DocumentWords(MessageSource messages) {
        this.messages = messages;
    }

    /** A message of the bundles, or the key itself when there is none. */
    String text(String key) {
        return messages.getMessage(key, null, key, SWEDISH);
    }

    /** A participant report cell as a row label: its key's label where it has a key, else the figure's name. */
    String rowLabel(String path) {
        return NationalFigures.CATALOGUE.resolve(path).map(this::rowLabel).orElse(path);
    }

    private String rowLabel(FigureName figure) {
        if (figure.key() != null) {
            return KeyLabels.of(figure.family().keys(), figure.key(), this::text);
        }
        return messages.getMessage(figure.family().label(), null, figure.path(), SWEDISH);
    }

    /** A code of a ledger report's breakdown ({@code ledger.kind.COURSE}), or the code when it is a team's own. */
    String coded(String prefix, String code) {
        String label = text(prefix + code);
        return label.equals(prefix + code) ? code : label;
    }

    /** A financing party's key ({@code MUNICIPALITY:1982}, {@code REGION}) in words. */
    String party(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return coded("ledger.party.", key);
        }
        String detail = key.substring(colon + 1);
        if (key.startsWith("MUNICIPALITY:")) {
            String name = text("reports.municipality." + detail);
            return name.startsWith("reports.") ? text("ledger.party.MUNICIPALITY").replace("{0}", detail)
                    : name + " (" + detail + ")";
        }
        return detail;
    }
}
