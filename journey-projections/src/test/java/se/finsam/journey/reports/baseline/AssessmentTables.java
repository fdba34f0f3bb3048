package se.finsam.journey.reports.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.CurrentJourney.Assessment;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

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

    /** What one instrument's figures are made of, gathered in one pass over the participants' assessments. */
    private static final class Scores {
        final List<String> owners = new ArrayList<>();
        final List<BigDecimal> scores = new ArrayList<>();
        final List<CurrentJourney> scoredJourneys = new ArrayList<>();
        final Map<Progress, List<CurrentJourney>> progressed = new EnumMap<>(Progress.class);

        Scores() {
            for (Progress progress : Progress.values()) {
                progressed.put(progress, new ArrayList<>());
            }
        }
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        Instrument[] instruments = Instrument.values();
        Scores[] byInstrument = new Scores[instruments.length];
        for (int i = 0; i < instruments.length; i++) {
            byInstrument[i] = new Scores();
        }
        boolean[] scored = new boolean[instruments.length];
        for (CurrentJourney journey : journeys) {
            if (journey.assessments().isEmpty() || !definitions.isParticipant(journey)) {
                continue;
            }
            java.util.Arrays.fill(scored, false);
            List<Assessment> assessments = journey.assessments();
            for (int k = 0; k < assessments.size(); k++) {
                Assessment assessment = assessments.get(k);
                if (definitions.isDatedInPeriod(assessment)) {
                    Scores scores = byInstrument[assessment.instrument().ordinal()];
                    scores.owners.add(journey.journeyId());
                    scores.scores.add(assessment.score());
                    scored[assessment.instrument().ordinal()] = true;
                }
            }
            Progress[] progress = definitions.progressByInstrument(journey);
            for (int i = 0; i < instruments.length; i++) {
                if (scored[i]) {
                    byInstrument[i].scoredJourneys.add(journey);
                }
                if (progress[i] != null) {
                    byInstrument[i].progressed.get(progress[i]).add(journey);
                }
            }
        }
        FigureTable instrumentTables = table.table("byInstrument");
        for (Instrument instrument : instruments) {
            Scores s = byInstrument[instrument.ordinal()];
            FigureTable figures = instrumentTables.table(instrument.name())
                    .countIds("count", s.owners)
                    .count("participants", s.scoredJourneys)
                    .measure("min", s.scores.stream().min(BigDecimal::compareTo).map(Ratio::of).orElse(null), s.scoredJourneys)
                    .measure("max", s.scores.stream().max(BigDecimal::compareTo).map(Ratio::of).orElse(null), s.scoredJourneys)
                    .measure("mean", exactMean(s.scores), s.scoredJourneys);
            for (Progress progress : Progress.values()) {
                figures.count(progress.key(), s.progressed.get(progress));
            }
        }
    }
}
