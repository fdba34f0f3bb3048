/**
 * The economy, staff, goal and activity reports over a scope's ledgers, exact at an event position, with last year,
 * small-number protection, CSV, and manifests that verify by recomputing from the events.
 */
package se.finsam.journey.api.ledger.reports;
