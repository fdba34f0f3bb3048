package se.finsam.journey.reports;

import static se.finsam.journey.reports.OracleHelpers.INSTRUMENTS;
import static se.finsam.journey.reports.OracleHelpers.between;
import static se.finsam.journey.reports.OracleHelpers.mean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.OracleHelpers.Frac;

/** The assessments part of the oracle's exact_report, ported plainly (see {@link IndependentReport}). */
final class IndependentAssessments {

    private IndependentAssessments() {
    }

    static Map<String, Object> byInstrument(List<CurrentJourney> js, List<CurrentJourney> part, LocalDate start,
                                            LocalDate end) {
        Map<String, Object> byInstrument = new LinkedHashMap<>();
        Set<String> partIds = part.stream().map(CurrentJourney::journeyId).collect(Collectors.toSet());
        for (String instrument : INSTRUMENTS) {
            List<Map.Entry<String, Frac>> inPeriod = new ArrayList<>();
            for (CurrentJourney j : js) {
                for (CurrentJourney.Assessment a : j.assessments()) {
                    if (a.instrument().name().equals(instrument) && between(start, a.date(), end)
                            && partIds.contains(j.journeyId())) {
                        inPeriod.add(Map.entry(j.journeyId(), Frac.of(a.score())));
                    }
                }
            }
            int improved = 0;
            int unchanged = 0;
            int worsened = 0;
            for (CurrentJourney j : part) {
                List<Object[]> series = new ArrayList<>();
                for (int i = 0; i < j.assessments().size(); i++) {
                    CurrentJourney.Assessment a = j.assessments().get(i);
                    if (a.instrument().name().equals(instrument) && !a.date().isAfter(end)) {
                        series.add(new Object[] {a.date(), i, Frac.of(a.score())});
                    }
                }
                series.sort((x, y) -> ((LocalDate) x[0]).equals((LocalDate) y[0])
                        ? Integer.compare((Integer) x[1], (Integer) y[1]) : ((LocalDate) x[0]).compareTo((LocalDate) y[0]));
                if (series.size() >= 2) {
                    Frac first = (Frac) series.get(0)[2];
                    Frac last = (Frac) series.get(series.size() - 1)[2];
                    if (last.cmp(first) > 0) {
                        improved++;
                    } else if (last.cmp(first) < 0) {
                        worsened++;
                    } else {
                        unchanged++;
                    }
                }
            }
            List<Frac> scores = inPeriod.stream().map(Map.Entry::getValue).toList();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("count", inPeriod.size());
            figures.put("participants", (int) inPeriod.stream().map(Map.Entry::getKey).distinct().count());
            figures.put("min", scores.stream().min(Frac::cmp).orElse(null));
            figures.put("max", scores.stream().max(Frac::cmp).orElse(null));
            figures.put("mean", mean(scores));
            figures.put("improved", improved);
            figures.put("unchanged", unchanged);
            figures.put("worsened", worsened);
            byInstrument.put(instrument, figures);
        }
        return byInstrument;
    }
}
