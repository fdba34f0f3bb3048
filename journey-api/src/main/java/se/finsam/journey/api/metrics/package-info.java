/** Micrometer measures of recording, imports, reports and the read model's lag, and the measured in-memory caches. */
package se.finsam.journey.api.metrics;
