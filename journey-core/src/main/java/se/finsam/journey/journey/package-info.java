/**
 * One participant's journey through an initiative: its records as commands and events, the rules that
 * decide which records are allowed, and the event-sourced aggregate that enforces them.
 */
package se.finsam.journey.journey;
