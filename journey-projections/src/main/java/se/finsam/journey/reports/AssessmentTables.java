package se.finsam.journey.reports;

import static se.finsam.journey.reports.FigureTable.those;

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

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<CurrentJourney> participants = those(journeys, definitions::isParticipant);
        FigureTable byInstrument = table.table("byInstrument");
        for (Instrument instrument : Instrument.values()) {
            List<String> scoreOwners = new ArrayList<>();
            List<Ratio> scores = new ArrayList<>();
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
                        scores.add(Ratio.of(assessment.score()));
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
                    .measure("min", scores.stream().min(Ratio::compareTo).orElse(null), scoredJourneys)
                    .measure("max", scores.stream().max(Ratio::compareTo).orElse(null), scoredJourneys)
                    .measure("mean", Ratio.meanOf(scores), scoredJourneys);
            for (Progress progress : Progress.values()) {
                figures.count(progress.key(), progressed.get(progress));
            }
        }
    }
}
