/** Tamper evidence for the event store: a hash chain over every stored event, and its verification. */
package se.finsam.journey.audit;
