/** The read model "journey facts": each journey's current state, kept by an Axon pooled processor. */
package se.finsam.journey.facts;
