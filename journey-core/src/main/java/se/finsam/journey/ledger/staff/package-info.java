/** Staff resources: full-time equivalents in hundredths and the roles of a team's staff. */
package se.finsam.journey.ledger.staff;
