package se.finsam.journey.api.personal;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real SoftHSM2 tokens for the HSM tests, made once per test JVM under the folder {@code SOFTHSM2_CONF} points
 * into (the build sets it: SoftHSM2 reads it from the environment, and sees only the tokens that existed when the
 * JVM first loaded it, so every token the tests need is made before that). Without SoftHSM2 the tests are skipped,
 * unless {@code JOURNEY_HSM_TESTS=required}, as in CI.
 */
final class SoftHsm {

    static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    static final String PIN = "4711-journey";

    /** The token most tests use, the one whose PIN no test ever gives right, and a second token. */
    enum Token { MAIN, LOCKED_OUT, OTHER }

    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");
    private static Map<Token, String> slots;

    private SoftHsm() {
    }

    /** The slot of the token, after skipping (or failing, when required) the test without SoftHSM2. */
    static synchronized String slot(Token token) {
        if (slots == null) {
            slots = makeTokens();
        }
        return slots.get(token);
    }

    static Pkcs11Key.Settings settings(Token token, String keyLabel, boolean createKey) {
        return new Pkcs11Key.Settings(LIBRARY, slot(token), PIN, keyLabel, createKey);
    }

    /** A key label no earlier test or run has used. */
    static String freshLabel() {
        return "kek-" + UUID.randomUUID();
    }

    private static Map<Token, String> makeTokens() {
        String configuration = System.getenv("SOFTHSM2_CONF");
        boolean installed = Files.exists(Path.of(LIBRARY)) && onPath("softhsm2-util");
        if (!installed || configuration == null) {
            String why = !installed ? "SoftHSM2 is not installed (Debian package softhsm2)"
                    : "SOFTHSM2_CONF is not set (the Maven build sets it)";
            if ("required".equalsIgnoreCase(System.getenv("JOURNEY_HSM_TESTS"))) {
                fail(why + ", and JOURNEY_HSM_TESTS=required");
            }
            assumeTrue(false, why + ": the HSM tests are skipped");
        }
        try {
            Path conf = Path.of(configuration);
            Path tokens = Files.createDirectories(conf.resolveSibling("tokens"));
            Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
            Map<Token, String> made = new HashMap<>();
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (Token token : Token.values()) {
                made.put(token, initToken(token.name().toLowerCase() + "-" + run));
            }
            return made;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("SoftHSM2 tokens could not be made", e);
        }
    }

    private static String initToken(String label) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label,
                "--pin", PIN, "--so-pin", PIN + "-so").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher slot = SLOT.matcher(output);
        if (process.waitFor() != 0 || !slot.find()) {
            throw new IllegalStateException("softhsm2-util --init-token failed: " + output);
        }
        return slot.group(1);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
