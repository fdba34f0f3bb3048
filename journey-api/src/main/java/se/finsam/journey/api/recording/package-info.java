/** Recording journeys: one record at a time, or many from an NDJSON import, and reading a journey back. */
package se.finsam.journey.api.recording;
