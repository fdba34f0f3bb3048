/**
 * What journeys and ledgers share as streams of records: the records in the order received, each with its own id,
 * and retraction (a record that says another no longer counts), so that "live" means one thing for both.
 */
package se.finsam.journey.records;
