package se.finsam.journey.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.api.recording.RecordParser;
import se.finsam.journey.generator.GeneratorSettings;
import se.finsam.journey.generator.JourneyGenerator;
import se.finsam.journey.journey.Decision;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyRules;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * Generated lines go through the same parser and {@link JourneyRules} as an import: none may be refused.
 */
class GeneratedJourneysFollowTheRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** The command's years end yesterday: with this clock, {@link #TODAY}. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyGeneratedRecordIsAcceptedByTheJourneyRules() throws Exception {
        int records = replay(new GeneratorSettings(4, 5, 12, 2015, 0, 99, true, TODAY));
        assertThat(records).isGreaterThan(20_000);
    }

    @Test
    void theDemoSettingsAreAcceptedToo() throws Exception {
        assertThat(replay(GeneratorSettings.demo(TODAY))).isGreaterThan(500);
    }

    @Test
    void theCommandWritesOneLinePerRecordAndNamesTheInitiativesToCreate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateCommand.run(new String[]{"--associations", "2", "--initiatives", "3", "--years", "2",
                "--seed", "7"}, new PrintStream(out), new PrintStream(err), CLOCK);
        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines.length).isGreaterThan(100);
        assertThat(lines[0]).startsWith("{\"type\":\"referral\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("initiatives/vastmanland-3", "initiatives/sodra-dalarna-1");
    }

    @Test
    void aWrongOptionIsExplainedWithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateCommand.run(new String[]{"--years", "many"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), CLOCK);
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--years must be a whole number", "usage: generate");
        assertThatThrownBy(() -> GenerateCommand.settings(new String[]{"--colour", "red"}, TODAY))
                .hasMessageContaining("--colour");
    }

    private static int replay(GeneratorSettings settings) throws Exception {
        RecordParser parser = new RecordParser();
        Map<String, JourneyHistory> histories = new HashMap<>();
        int[] count = {0};
        new JourneyGenerator(settings).lines(line -> {
            try {
                JourneyEvent record = parser.parse(JSON.readTree(line), null, "generator")
                        .sealedWith((journeyId, plaintext) -> new Sealed("sealed"));
                JourneyHistory history = histories.computeIfAbsent(record.journeyId(), id -> new JourneyHistory());
                Decision decision = JourneyRules.decide(history, record, TODAY);
                assertThat(decision.duplicate()).as(line).isFalse();
                history.add(record);
                count[0]++;
            } catch (RuntimeException | java.io.IOException e) {
                throw new AssertionError("refused: " + line + ": " + e.getMessage(), e);
            }
        });
        return count[0];
    }
}
