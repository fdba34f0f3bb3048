/**
 * The ledgers' pages: a ledger's records with forms for each record type and retraction, the finance import, and
 * the economy, staff, goal and activity reports with exports; each through the same services as the API.
 */
package se.finsam.journey.api.ledger.pages;
