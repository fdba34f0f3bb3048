/**
 * The report document as Word (.docx), written with Apache POI's XWPF: Word's own heading styles and a table of
 * contents field, real tables with right-aligned Swedish numbers, charts as PNG pictures with their alt text, and a
 * footer with page numbers.
 */
package se.finsam.journey.document.docx;
