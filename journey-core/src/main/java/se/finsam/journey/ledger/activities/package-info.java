/** Group and structural activities: their kinds and anonymous counts of who took part. */
package se.finsam.journey.ledger.activities;
