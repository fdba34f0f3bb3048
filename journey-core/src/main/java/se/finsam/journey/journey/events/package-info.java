/** The facts of a journey, one event per record type; stored forever, never changed. */
package se.finsam.journey.journey.events;
