/**
 * The document's charts drawn with JFreeChart: built from the model's {@code Chart}, styled calmly (flat colours,
 * no 3D, no gradients, no shadows) with Swedish number formats, and drawn either onto any Java 2D surface (the PDF's,
 * as vectors) or as a PNG at print resolution (for Word).
 */
package se.finsam.journey.document.chart;
