package se.finsam.journey.bench;

import java.util.Arrays;

/** Latencies of repeated calls in milliseconds, sorted, with nearest-rank percentiles. */
final class Timings {

    interface Call {
        void run(int i) throws Exception;
    }

    private final double[] millis;

    private Timings(double[] millis) {
        this.millis = millis;
        Arrays.sort(this.millis);
    }

    static Timings of(double[] millis) {
        return new Timings(millis.clone());
    }

    /** {@code runs} calls, each given its number, timed one by one. */
    static Timings time(int runs, Call call) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timings(millis);
    }

    double percentile(int percent) {
        int index = (int) Math.ceil(percent / 100.0 * millis.length) - 1;
        return millis[Math.max(0, Math.min(millis.length - 1, index))];
    }

    int count() {
        return millis.length;
    }
}
