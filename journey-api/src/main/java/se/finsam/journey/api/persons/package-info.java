/**
 * Unique persons: keyed pseudonyms of identity numbers, automatic and manual links between an association's journeys
 * as events, and the persons report beside the journeys.
 */
package se.finsam.journey.api.persons;
