/** Goals of a year: what a goal is tied to, which way it points, and an analyst's judgement of it. */
package se.finsam.journey.ledger.goals;
