/**
 * A frozen copy of the report computation as it stood before the performance work of issue 3 (commit 8222acc),
 * kept only so that {@code ReportComputationBenchmark} can time old against new in one JVM and check that both
 * give the same figures and the same journeys behind every cell. Only what that work changed is copied: the
 * exact arithmetic ({@code Ratio}) and the figure types ({@code Figure}) it left alone are the main code's.
 */
package se.finsam.journey.reports.baseline;
