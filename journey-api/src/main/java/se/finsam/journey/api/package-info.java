/** The journey service: HTTP interface, security and the wiring of storage and event processing. */
package se.finsam.journey.api;
