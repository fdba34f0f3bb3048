/** Personal data (identity numbers, names) sealed per person, so that destroying a key erases them. */
package se.finsam.journey.api.personal;
