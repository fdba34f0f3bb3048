/** The participant report of API.md ("Reports"), for any scope, period and as-of instant, and its lineage. */
package se.finsam.journey.api.reports;
