package se.finsam.journey.ledger.goals;

/** An analyst's judgement of a goal in a word, beside the assessment's text: for goals no figure decides. */
public enum Attainment {
    REACHED, PARTLY_REACHED, NOT_REACHED
}
