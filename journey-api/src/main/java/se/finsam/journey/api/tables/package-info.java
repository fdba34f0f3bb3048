/**
 * Tables that analysts define (issue 13): definitions kept as versioned, append-only data, and their tables
 * computed, traced and compared over the recorded history like the participant report.
 */
package se.finsam.journey.api.tables;
