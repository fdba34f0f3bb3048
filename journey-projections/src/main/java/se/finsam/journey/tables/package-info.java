/**
 * The table language {@code v1} of DOMAIN.md ("Tables that analysts define"): definitions as typed records read
 * and checked from JSON, and the engine that computes their tables over the journeys the national report counts.
 */
package se.finsam.journey.tables;
