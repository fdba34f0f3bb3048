/** How Axon is wired here: the journey aggregate, the clock its rules read, and correlation of records. */
package se.finsam.journey.api.axon;
