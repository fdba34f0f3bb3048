package se.finsam.journey.api.tables.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.finsam.journey.tables.AgeAt;
import se.finsam.journey.tables.Dimension;
import se.finsam.journey.tables.Population;
import se.finsam.journey.tables.Quantity;
import se.finsam.journey.tables.TableValue;

/**
 * The choices of the definition form, in the user's language: populations, dimensions (for rows and columns, and
 * those a filter takes), the code list of every coded dimension, the values, and the days ages are taken at.
 */
public record FormOptions(List<TableLabels.Choice> populations, List<TableLabels.Choice> dimensions,
                   List<TableLabels.Choice> filterDimensions, Map<String, List<TableLabels.Choice>> codes,
                   List<TableLabels.Choice> values, List<TableLabels.Choice> ageAts) {

    static FormOptions of(TableLabels labels, Locale locale) {
        List<TableLabels.Choice> populations = Arrays.stream(Population.values())
                .map(p -> new TableLabels.Choice(p.wireName(), labels.population(p, locale))).toList();
        List<TableLabels.Choice> dimensions = Arrays.stream(Dimension.values())
                .map(d -> new TableLabels.Choice(d.wireName(), labels.dimension(d, locale))).toList();
        List<TableLabels.Choice> filters = Arrays.stream(Dimension.values()).filter(d -> !d.isBanded())
                .map(d -> new TableLabels.Choice(d.wireName(), labels.dimension(d, locale))).toList();
        Map<String, List<TableLabels.Choice>> codes = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            if (dimension.kind() == Dimension.Kind.CODED) {
                codes.put(dimension.wireName(), labels.choices(dimension, locale));
            }
        }
        List<String> names = new ArrayList<>(List.of("count", "shareOfTotal", "shareOfRow", "shareOfColumn"));
        for (Quantity quantity : Quantity.values()) {
            for (TableValue.Statistic statistic : TableValue.Statistic.values()) {
                names.add(statistic.name().toLowerCase(Locale.ROOT) + ":" + quantity.wireName());
            }
        }
        List<TableLabels.Choice> values = names.stream().map(name -> new TableLabels.Choice(name,
                labels.value(TableValue.byName(name).orElseThrow(), locale))).toList();
        List<TableLabels.Choice> ageAts = Arrays.stream(AgeAt.values())
                .map(a -> new TableLabels.Choice(a.wireName(), labels.ageAt(a, locale))).toList();
        return new FormOptions(populations, dimensions, filters, codes, values, ageAts);
    }

    /** The values in the order the form shows them: those the table has first, in its order, then the others. */
    public List<TableLabels.Choice> valuesFor(DefinitionForm.TableForm table) {
        List<TableLabels.Choice> ordered = new ArrayList<>();
        for (String name : table.values) {
            values.stream().filter(v -> v.code().equals(name)).findFirst().ifPresent(ordered::add);
        }
        values.stream().filter(v -> !table.values.contains(v.code())).forEach(ordered::add);
        return ordered;
    }
}
