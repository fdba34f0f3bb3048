package se.finsam.journey.api.audit.pages;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.reports.KeyLabels;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.reports.NationalFigures;

/**
 * A report cell's dotted path ({@code participants.byGender.WOMAN}) as words a team member reads ("Deltagare efter
 * kön: Kvinna"): the catalogue names the figure and its key, the figures bundle says the figure in words, the shared
 * code lists the key. A path that is no figure of the catalogue is shown as it is.
 */
@Component
public class CellNames {

    private final MessageSource messages;

    public CellNames(MessageSource messages) {
        this.messages = messages;
    }

    public String name(String cell, Locale locale) {
        return NationalFigures.CATALOGUE.resolve(cell).map(figure -> name(figure, locale)).orElse(cell);
    }

    private String name(FigureName figure, Locale locale) {
        Object[] key = figure.key() == null ? null
                : new Object[] {KeyLabels.of(figure.family().keys(), figure.key(), code -> message(code, locale))};
        return messages.getMessage(figure.family().label(), key, figure.path(), locale);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
