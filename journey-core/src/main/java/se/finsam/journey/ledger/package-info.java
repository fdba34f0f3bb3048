/** The ledgers of initiatives and associations: money, staff, goals and activities, recorded as events. */
package se.finsam.journey.ledger;
