package se.finsam.journey.reports;

import static se.finsam.journey.reports.FigureTable.those;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.CurrentJourney.Assessment;

/** The {@code assessments} section: per instrument, the participants' scores in the period and their progress. */
final class AssessmentTables {

    private AssessmentTables() {
    }

    /** Scores are exact decimals: their sum is exact too, so the mean is one division. */
    private static Ratio exactMean(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal score : scores) {
            sum = sum.add(score);
        }
        return Ratio.of(sum).dividedBy(Ratio.of(scores.size()));
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<CurrentJourney> participants = those(journeys, definitions::isParticipant);
        FigureTable byInstrument = table.table("byInstrument");
        for (Instrument instrument : Instrument.values()) {
            List<String> scoreOwners = new ArrayList<>();
            List<BigDecimal> scores = new ArrayList<>();
            List<CurrentJourney> scoredJourneys = new ArrayList<>();
            Map<Progress, List<CurrentJourney>> progressed = new EnumMap<>(Progress.class);
            for (Progress progress : Progress.values()) {
                progressed.put(progress, new ArrayList<>());
            }
            for (CurrentJourney journey : participants) {
                int before = scores.size();
                for (Assessment assessment : journey.assessments()) {
                    if (assessment.instrument() == instrument && definitions.isDatedInPeriod(assessment)) {
                        scoreOwners.add(journey.journeyId());
                        scores.add(assessment.score());
                    }
                }
                if (scores.size() > before) {
                    scoredJourneys.add(journey);
                }
                definitions.progress(journey, instrument).ifPresent(p -> progressed.get(p).add(journey));
            }
            FigureTable figures = byInstrument.table(instrument.name())
                    .countIds("count", scoreOwners)
                    .count("participants", scoredJourneys)
                    .measure("min", scores.stream().min(BigDecimal::compareTo).map(Ratio::of).orElse(null), scoredJourneys)
                    .measure("max", scores.stream().max(BigDecimal::compareTo).map(Ratio::of).orElse(null), scoredJourneys)
                    .measure("mean", exactMean(scores), scoredJourneys);
            for (Progress progress : Progress.values()) {
                figures.count(progress.key(), progressed.get(progress));
            }
        }
    }
}
