/** Realistic, seeded journey histories as import records, for demo data, tests and benchmarks. */
package se.finsam.journey.generator;
