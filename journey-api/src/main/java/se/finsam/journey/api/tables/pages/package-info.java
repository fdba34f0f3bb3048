/**
 * The pages of analysts' tables ({@code /app/tables}): definitions and their versions, what changed between two,
 * a form that builds a definition without JSON (and the JSON itself), a preview over real data, running a
 * definition with exports and a print view, and the journeys behind a cell.
 */
package se.finsam.journey.api.tables.pages;
