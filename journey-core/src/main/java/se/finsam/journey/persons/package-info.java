/**
 * Unique persons: links between journeys of one association that are the same person ("same person as journey X"),
 * recorded as events, and the count of persons as the connected components of those links.
 */
package se.finsam.journey.persons;
