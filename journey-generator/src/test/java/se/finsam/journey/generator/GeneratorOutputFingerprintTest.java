package se.finsam.journey.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The benchmark figures and the demo are comparable across versions only if the generator writes the same data for
 * the same settings. These fingerprints (SHA-256 of every line, each followed by a newline, and the line count) were
 * taken from the first version, which wrote its JSON by hand; any change of a value, a key, the key order, the number
 * format or the order of the records changes them.
 */
class GeneratorOutputFingerprintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void theDemoSettingsWriteTheSameLinesAsEver() throws Exception {
        assertThat(fingerprint(GeneratorSettings.demo(TODAY))).isEqualTo(
                "1626 lines, sha256 e7b868638e2ee120d3cb0fe9ef275e2bce412beb73644e4676a80f497d7e9c2b");
    }

    @Test
    void manyYearsOfManyInitiativesWriteTheSameLinesAsEver() throws Exception {
        assertThat(fingerprint(new GeneratorSettings(3, 5, 8, 2018, 0, 11, false, TODAY))).isEqualTo(
                "29158 lines, sha256 383596f14e18015ada01ee5919c24886a4e43fe00920983addd12d6bd0f88ca7");
    }

    @Test
    void identityNumbersAndNamesWriteTheSameLinesAsEver() throws Exception {
        assertThat(fingerprint(new GeneratorSettings(4, 5, 12, 2015, 0, 99, true, TODAY))).isEqualTo(
                "61994 lines, sha256 aa7dca6f09efdc102791f6ed40405e019a0ac4a5fff0f4a22f7d9bc635e63039");
    }

    @Test
    void theBenchmarksHundredThousandEventsWriteTheSameLinesAsEver() throws Exception {
        assertThat(fingerprint(new GeneratorSettings(6, 10, 10, 2016, 0, 7, false, TODAY))).isEqualTo(
                "143128 lines, sha256 254688c4836d8fa31f055762f224a38de2e30d589198c832795ebccfde9d66d2");
    }

    private static String fingerprint(GeneratorSettings settings) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long[] lines = {0};
        new JourneyGenerator(settings).lines(line -> {
            sha256.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            lines[0]++;
        });
        return lines[0] + " lines, sha256 " + HexFormat.of().formatHex(sha256.digest());
    }
}
