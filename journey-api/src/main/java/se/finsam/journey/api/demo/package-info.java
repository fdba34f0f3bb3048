/** Generated journeys for users and benchmarks: the {@code generate} command and the opt-in demo data. */
package se.finsam.journey.api.demo;
