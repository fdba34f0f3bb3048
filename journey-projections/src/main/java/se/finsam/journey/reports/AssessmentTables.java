package se.finsam.journey.reports;

import static se.finsam.journey.reports.FigureTable.those;

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
            List<Map.Entry<CurrentJourney, Assessment>> scored = participants.stream()
                    .flatMap(journey -> journey.assessments().stream()
                            .filter(a -> a.instrument() == instrument && definitions.isDatedInPeriod(a))
                            .map(a -> Map.entry(journey, a)))
                    .toList();
            List<CurrentJourney> scoredJourneys = scored.stream().map(Map.Entry::getKey).distinct().toList();
            List<Ratio> scores = scored.stream().map(entry -> Ratio.of(entry.getValue().score())).toList();
            FigureTable figures = byInstrument.table(instrument.name())
                    .countIds("count", scored.stream().map(entry -> entry.getKey().journeyId()).toList())
                    .count("participants", scoredJourneys)
                    .measure("min", scores.stream().min(Ratio::compareTo).orElse(null), scoredJourneys)
                    .measure("max", scores.stream().max(Ratio::compareTo).orElse(null), scoredJourneys)
                    .measure("mean", Ratio.meanOf(scores), scoredJourneys);
            for (Progress progress : Progress.values()) {
                figures.count(progress.key(), those(participants,
                        journey -> definitions.progress(journey, instrument).filter(progress::equals).isPresent()));
            }
        }
    }
}
