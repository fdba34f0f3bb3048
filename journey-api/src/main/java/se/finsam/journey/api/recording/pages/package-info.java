/**
 * Staff's pages: their initiatives and journeys, a journey's timeline, a form for every record type, retraction,
 * erasure, and the import of NDJSON or the spreadsheet template. Every page calls the services the API calls.
 */
package se.finsam.journey.api.recording.pages;
