package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.util.List;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.CurrentJourney.Assessment;

/** The {@code assessments} section: per instrument, the participants' scores in the period and their progress. */
final class AssessmentTables {

    private AssessmentTables() {
    }

    /** What one instrument's figures are made of, gathered in one pass over the participants' assessments. */
    private static final class Scores {
        final JourneySet owners;
        final JourneySet scoredJourneys;
        final JourneySet[] progressed = new JourneySet[Progress.values().length];
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min;
        BigDecimal max;

        Scores(JourneyColumns columns) {
            owners = new JourneySet(columns);
            scoredJourneys = new JourneySet(columns);
            for (int p = 0; p < progressed.length; p++) {
                progressed[p] = new JourneySet(columns);
            }
        }

        void add(int position, BigDecimal score) {
            owners.add(position);
            sum = sum.add(score);
            if (min == null || score.compareTo(min) < 0) {
                min = score;
            }
            if (max == null || score.compareTo(max) > 0) {
                max = score;
            }
        }

        /** Scores are exact decimals: their sum is exact too, so the mean is one division. */
        Ratio mean() {
            return owners.isEmpty() ? null : Ratio.of(sum).dividedBy(Ratio.of(owners.size()));
        }
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
        Instrument[] instruments = Instrument.values();
        Scores[] byInstrument = new Scores[instruments.length];
        for (int i = 0; i < instruments.length; i++) {
            byInstrument[i] = new Scores(columns);
        }
        boolean[] scored = new boolean[instruments.length];
        for (int position = 0; position < roles.length; position++) {
            CurrentJourney journey = columns.journeys[position];
            if ((roles[position] & ParticipantReportDefinitions.PARTICIPANT) == 0 || journey.assessments().isEmpty()) {
                continue;
            }
            java.util.Arrays.fill(scored, false);
            List<Assessment> assessments = journey.assessments();
            for (int k = 0; k < assessments.size(); k++) {
                Assessment assessment = assessments.get(k);
                if (definitions.isDatedInPeriod(assessment)) {
                    byInstrument[assessment.instrument().ordinal()].add(position, assessment.score());
                    scored[assessment.instrument().ordinal()] = true;
                }
            }
            Progress[] progress = definitions.progressByInstrument(journey);
            for (int i = 0; i < instruments.length; i++) {
                if (scored[i]) {
                    byInstrument[i].scoredJourneys.add(position);
                }
                if (progress[i] != null) {
                    byInstrument[i].progressed[progress[i].ordinal()].add(position);
                }
            }
        }
        FigureTable instrumentTables = table.table("byInstrument");
        for (Instrument instrument : instruments) {
            Scores s = byInstrument[instrument.ordinal()];
            FigureTable figures = instrumentTables.table(instrument.name())
                    .count("count", s.owners)
                    .count("participants", s.scoredJourneys)
                    .measure("min", s.min == null ? null : Ratio.of(s.min), s.scoredJourneys)
                    .measure("max", s.max == null ? null : Ratio.of(s.max), s.scoredJourneys)
                    .measure("mean", s.mean(), s.scoredJourneys);
            for (Progress progress : Progress.values()) {
                figures.count(progress.key(), s.progressed[progress.ordinal()]);
            }
        }
    }
}
