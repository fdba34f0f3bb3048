package se.finsam.journey.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.FigureName;

/**
 * The figures of one report, exact, with the journeys behind every cell. Cells are named by dotted paths
 * ({@code closures.standardTable.work}, {@code participants.byReferringUnit.MUNICIPALITY:IFO Försörjningsstöd});
 * a path is looked up whole, never split, so keys with spaces, non-ASCII letters or dots are safe. Every cell is a
 * figure of {@link NationalFigures#CATALOGUE}, and knows its name there.
 */
public final class ReportFigures {

    private final ReportPeriod period;
    private final FigureTable figures;
    private final Map<String, Figure> cells;
    private final Map<String, FigureName> names;

    ReportFigures(ReportPeriod period, FigureTable figures) {
        this.period = period;
        this.figures = figures;
        Map<String, Figure> collected = new LinkedHashMap<>();
        Map<String, FigureName> named = new LinkedHashMap<>();
        figures.collect(collected, named);
        this.cells = Collections.unmodifiableMap(collected);
        this.names = Collections.unmodifiableMap(named);
    }

    public ReportPeriod period() {
        return period;
    }

    public String definitions() {
        return ParticipantReportDefinitions.VERSION;
    }

    /**
     * The sections {@code participants, closures, throughputTime, referrals, workTraining, assessments} as
     * ordered maps for Jackson: counts as Integer, shares and means as BigDecimal with one decimal or null.
     */
    public Map<String, Object> render() {
        return figures.render(Set.of());
    }

    /** As {@link #render()}, with the cells named in {@code hidden} (dotted paths) rendered as null. */
    Map<String, Object> render(Set<String> hidden) {
        return figures.render(hidden);
    }

    /** Every leaf under its dotted path, in report order, with its exact value. */
    public Map<String, Figure> cells() {
        return cells;
    }

    /** The catalogue's name of the figure under a dotted path; empty if the report has none there. */
    public Optional<FigureName> name(String path) {
        return Optional.ofNullable(names.get(path));
    }

    /** The figure of a single family ({@code throughputTime.count}); null if this report does not hold it. */
    public Figure figure(FigureFamily family) {
        return cells.get(family.path());
    }

    /** The keys the report has figures of in {@code family}, in report order. */
    public List<String> keys(FigureFamily family) {
        List<String> keys = new ArrayList<>();
        names.values().forEach(name -> {
            if (name.family() == family) {
                keys.add(name.key());
            }
        });
        return keys;
    }

    /** The value of a count cell; empty if the path names no count (an unknown path, a share or a mean). */
    public Optional<Integer> count(String path) {
        return countCell(path).map(Figure.Count::value);
    }

    /**
     * The sorted journey ids counted in a count cell, one per counted item, so the list's size is the value
     * (see {@link Figure.Count}); empty if the path names no count.
     */
    public Optional<List<String>> members(String path) {
        return countCell(path).map(Figure.Count::members);
    }

    /**
     * The distinct sorted journey ids a cell is about: for a share or mean, its denominator or population; for
     * a count, the journeys counted. Empty for an unknown path.
     */
    public Optional<List<String>> population(String path) {
        return Optional.ofNullable(cells.get(path)).map(Figure::population);
    }

    private Optional<Figure.Count> countCell(String path) {
        return cells.get(path) instanceof Figure.Count count ? Optional.of(count) : Optional.empty();
    }
}
