/** The one-command benchmark suite: the service as its own process, measured over HTTP and JDBC. */
package se.finsam.journey.bench;
