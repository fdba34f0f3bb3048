package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All wall-clock time in the service comes from the one {@link java.time.Clock} bean, so that a test can move it and
 * every part of the service agrees on "now". This reads the main code of the three modules the service is made of
 * and names each place that asks the host for the time itself. {@code System.nanoTime()} (durations) is fine.
 */
class OneClockTest {

    /** Asking the host for the time: a system clock, or a {@code now()} without a clock. */
    private static final Pattern OWN_TIME = Pattern.compile("Clock\\.system\\w*\\(|\\b(Instant|LocalDate|LocalDateTime"
            + "|LocalTime|OffsetDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\)|System\\.currentTimeMillis\\(\\)"
            + "|new Date\\(\\)");

    /**
     * The bean itself (AxonConfiguration), and the {@code generate} command, which runs without the service and so
     * without its beans.
     */
    private static final Set<String> ALLOWED = Set.of("AxonConfiguration.java", "JourneyApplication.java");

    @Test
    void noMainCodeOfTheServiceAsksTheHostForTheTimeItself() {
        List<String> places = Stream.of("../journey-core", "../journey-projections", ".")
                .map(module -> Path.of(module, "src", "main", "java"))
                .flatMap(OneClockTest::javaFiles)
                .filter(file -> !ALLOWED.contains(file.getFileName().toString()))
                .flatMap(OneClockTest::ownTime)
                .toList();

        assertThat(places).as("places that ask the host for the time instead of the Clock bean").isEmpty();
    }

    @Test
    void theCheckFindsEachWayOfAskingTheHost() {
        for (String line : List.of("Clock.systemUTC()", "Clock.system(Journey.SWEDEN)", "Instant.now()",
                "LocalDate.now()", "System.currentTimeMillis()", "new Date()")) {
            assertThat(OWN_TIME.matcher(line).find()).as(line).isTrue();
        }
        for (String line : List.of("clock.instant()", "LocalDate.now(clock)", "System.nanoTime()")) {
            assertThat(OWN_TIME.matcher(line).find()).as(line).isFalse();
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        assertThat(root).as("the modules' sources, from journey-api").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> ownTime(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size())
                    .filter(i -> OWN_TIME.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
