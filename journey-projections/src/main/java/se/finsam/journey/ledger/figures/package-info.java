/**
 * The figures of the ledgers' reports (economy, staff, goals, activities), exact at an event position: amounts in
 * öre, full-time equivalents in hundredths, shares and per-participant figures as exact ratios rounded once.
 */
package se.finsam.journey.ledger.figures;
