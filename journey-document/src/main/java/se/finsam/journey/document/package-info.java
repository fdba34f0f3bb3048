/**
 * The report document as a model (records: title page, sections, the team's own text, tables with their manifest
 * ids, charts), with the Swedish number formats and wording both renderers share. It knows nothing of reports,
 * money or journeys: whoever assembles a report fills it, and {@code docx} and {@code pdf} render it.
 */
package se.finsam.journey.document;
