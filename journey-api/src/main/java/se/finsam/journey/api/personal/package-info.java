/**
 * Personal data (identity numbers, names) sealed with a Tink key per journey, so that destroying a key erases them.
 */
package se.finsam.journey.api.personal;
