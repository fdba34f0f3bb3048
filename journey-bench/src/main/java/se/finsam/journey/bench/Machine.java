package se.finsam.journey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The machine a run was measured on, as Linux describes it: cores, memory, CPU model, operating system. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format("%d cores, %.0f GiB memory, %s, %s (Linux %s)", Runtime.getRuntime().availableProcessors(),
                memTotalKb() / 1024.0 / 1024.0, field(Path.of("/proc/cpuinfo"), "model name", ":"),
                field(Path.of("/etc/os-release"), "PRETTY_NAME", "=").replace("\"", ""), System.getProperty("os.version"));
    }

    /**
     * How fast one core is right now: SHA-256 over 32 MB, the median of seven rounds (the host's speed changes
     * within a minute, so the median, not the best, says how fast it mostly was). A virtual machine's speed depends
     * on its host's other guests; printed next to the figures, it tells a slow run from a slow change.
     */
    static double sha256MegabytesPerSecond() {
        byte[] block = new byte[1 << 20];
        new Random(1).nextBytes(block);
        double[] rounds = new double[7];
        try {
            for (int round = 0; round < rounds.length; round++) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long start = System.nanoTime();
                for (int i = 0; i < 32; i++) {
                    digest.update(block);
                }
                digest.digest();
                rounds[round] = 32 / ((System.nanoTime() - start) / 1e9);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }

    /** The JVM's default max heap on this machine (a quarter of memory), as the service gets it without options. */
    static long defaultMaxHeapMb() {
        return memTotalKb() / 4 / 1024;
    }

    private static long memTotalKb() {
        String total = field(Path.of("/proc/meminfo"), "MemTotal", ":");
        return total.isEmpty() ? 0 : Long.parseLong(total.replaceAll("\\D", ""));
    }

    private static String field(Path file, String name, String separator) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(name)) {
                    return line.substring(line.indexOf(separator) + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: leave it out
        }
        return "";
    }
}
