/**
 * The ledgers over HTTP: recording money, staff, goals and activities one record at a time or from a finance
 * system's file, reading a ledger's records, who may do which, and the refusals as problem+json.
 */
package se.finsam.journey.api.ledger;
