/**
 * The participant report: the figures of DOMAIN.md's definition set, computed exactly from the journeys of a
 * scope and period, rendered once, traced back to the journeys behind each cell, and compared with a year earlier.
 */
package se.finsam.journey.reports;
