/**
 * The report document as PDF, laid out with OpenPDF (paragraphs, tables, named destinations and bookmarks) in
 * Liberation Sans embedded as a subset; charts drawn as vectors by JFreeChart onto OpenPDF's Graphics2D bridge.
 */
package se.finsam.journey.document.pdf;
