/** The records of a ledger as stored: one event record per record type, every one {@code @Revision("1")}. */
package se.finsam.journey.ledger.events;
