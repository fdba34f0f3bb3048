/** What auditors ask of the service: is the event store untouched, and what is its chain head. */
package se.finsam.journey.api.audit;
