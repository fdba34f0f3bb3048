package se.finsam.journey.api.tables.pages;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import se.finsam.journey.tables.AgeAt;
import se.finsam.journey.tables.Axis;
import se.finsam.journey.tables.Dimension;
import se.finsam.journey.tables.Population;
import se.finsam.journey.tables.TableFigures;
import se.finsam.journey.tables.TableValue;

/**
 * The words of the table language in the user's language: populations, dimensions, their categories (code labels
 * from the shared code lists, bands as ages or years, groups as the analyst labelled them), values and the day
 * ages are taken at. A category the bundles do not know is shown as it is, never hidden.
 */
@Component
public class TableLabels {

    private final MessageSource messages;

    TableLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String population(Population population, Locale locale) {
        return text("tables.population." + population.wireName(), population.wireName(), locale);
    }

    public String dimension(Dimension dimension, Locale locale) {
        return text("tables.dimension." + dimension.wireName(), dimension.wireName(), locale);
    }

    public String ageAt(AgeAt ageAt, Locale locale) {
        return text("tables.ageAt." + ageAt.wireName(), ageAt.wireName(), locale);
    }

    /** A value's name: "Antal", "Andel av kolumnen (%)", "Medelvärde: ålder". */
    public String value(TableValue value, Locale locale) {
        if (value.kind() != TableValue.Kind.STATISTIC) {
            return text("tables.value." + value.name(), value.name(), locale);
        }
        String statistic = value.statistic().name().toLowerCase(Locale.ROOT);
        return text("tables.statistic." + statistic, statistic, locale) + ": "
                + text("tables.quantity." + value.quantity().wireName(), value.quantity().wireName(), locale);
    }

    /** A code of a coded dimension, as the shared code lists name it. */
    public String code(Dimension dimension, String code, Locale locale) {
        String list = switch (dimension) {
            case GENDER -> "code.gender.";
            case REFERRING_PARTY -> "code.referringParty.";
            case SUPPORT_BEFORE, SUPPORT_AFTER -> "code.supportSource.";
            case CLOSURE_CAUSE -> "code.closureCause.";
            case WORK_TRAINING_SECTOR -> "code.sector.";
            case STANDARD_OUTCOME -> "tables.outcome.";
            case SUBSIDISED_EMPLOYMENT -> "tables.subsidised.";
            default -> null;
        };
        return list == null ? code : text(list + code, code, locale);
    }

    /** A row or column of a computed table: its category on the axis in words. */
    public String category(Axis axis, String key, Locale locale) {
        if (key.equals(TableFigures.TOTAL)) {
            return text("tables.category.total", key, locale);
        }
        if (key.equals("other")) {
            return text("tables.category.other", key, locale);
        }
        if (axis == null) {
            return key;
        }
        if (axis.by().isBanded()) {
            if (key.equals("NOT_APPLICABLE")) {
                return text("tables.category.notApplicable", key, locale);
            }
            String unit = axis.by() == Dimension.AGE_BAND ? "tables.band.years" : "tables.band.supportYears";
            return key.endsWith("+") ? message(unit + ".open", locale, key.substring(0, key.length() - 1))
                    : message(unit, locale, key.replace("-", "–"));
        }
        if (axis.groups().stream().anyMatch(group -> group.label().equals(key))) {
            return key;
        }
        if (key.equals(Dimension.NONE)) {
            return text("tables.category.none", key, locale);
        }
        if (axis.by() == Dimension.REFERRING_UNIT) {
            int colon = key.indexOf(':');
            return colon < 0 ? key : code(Dimension.REFERRING_PARTY, key.substring(0, colon), locale) + ": "
                    + key.substring(colon + 1);
        }
        return code(axis.by(), key, locale);
    }

    /** The codes of a coded dimension with their labels, for the form's checkboxes. */
    public List<Choice> choices(Dimension dimension, Locale locale) {
        return dimension.codes().stream().map(code -> new Choice(code, code(dimension, code, locale))).toList();
    }

    /** A code and its label. */
    public record Choice(String code, String label) {
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private String text(String key, String fallback, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }
}
