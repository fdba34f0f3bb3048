package se.finsam.journey.reports;

import static se.finsam.journey.reports.NationalFigures.SCORED;
import static se.finsam.journey.reports.NationalFigures.SCORES_COUNT;
import static se.finsam.journey.reports.NationalFigures.SCORE_MAX;
import static se.finsam.journey.reports.NationalFigures.SCORE_MEAN;
import static se.finsam.journey.reports.NationalFigures.SCORE_MIN;

import java.math.BigDecimal;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.codes.Instrument;

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

    static void fill(FigureTable figures, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
        Instrument[] instruments = Instrument.values();
        Scores[] byInstrument = new Scores[instruments.length];
        for (int i = 0; i < instruments.length; i++) {
            byInstrument[i] = new Scores(columns);
        }
        boolean[] scored = new boolean[instruments.length];
        for (int position = 0; position < roles.length; position++) {
            int from = columns.assessmentsFrom[position];
            int until = columns.assessmentsFrom[position + 1];
            if (from == until || (roles[position] & ParticipantReportDefinitions.PARTICIPANT) == 0) {
                continue;
            }
            java.util.Arrays.fill(scored, false);
            for (int k = from; k < until; k++) {
                if (definitions.isDatedInPeriod(columns.assessmentDay[k])) {
                    int instrument = columns.assessmentInstrument[k];
                    byInstrument[instrument].add(position, columns.assessmentScore[k]);
                    scored[instrument] = true;
                }
            }
            // Progress needs two scores of an instrument, so a journey with one assessment has none.
            boolean mayProgress = until - from >= 2;
            for (int i = 0; i < instruments.length; i++) {
                if (scored[i]) {
                    byInstrument[i].scoredJourneys.add(position);
                }
                Progress progress = mayProgress ? definitions.progress(columns, position, i) : null;
                if (progress != null) {
                    byInstrument[i].progressed[progress.ordinal()].add(position);
                }
            }
        }
        for (Instrument instrument : instruments) {
            Scores s = byInstrument[instrument.ordinal()];
            String key = instrument.name();
            figures.count(SCORES_COUNT, key, s.owners)
                    .count(SCORED, key, s.scoredJourneys)
                    .measure(SCORE_MIN, key, s.min == null ? null : Ratio.of(s.min), s.scoredJourneys)
                    .measure(SCORE_MAX, key, s.max == null ? null : Ratio.of(s.max), s.scoredJourneys)
                    .measure(SCORE_MEAN, key, s.mean(), s.scoredJourneys);
            for (Progress moved : Progress.values()) {
                figures.count(figureOf(moved), key, s.progressed[moved.ordinal()]);
            }
        }
    }

    /** The figure that counts the journeys whose score moved so. */
    private static FigureFamily figureOf(Progress moved) {
        return switch (moved) {
            case IMPROVED -> NationalFigures.IMPROVED;
            case UNCHANGED -> NationalFigures.UNCHANGED;
            case WORSENED -> NationalFigures.WORSENED;
        };
    }
}
