/** Micrometer measures of recording, imports, reports and the read model's lag. */
package se.finsam.journey.api.metrics;
