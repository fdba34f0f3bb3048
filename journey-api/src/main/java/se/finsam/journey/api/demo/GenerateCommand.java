package se.finsam.journey.api.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.finsam.journey.generator.GeneratorSettings;
import se.finsam.journey.generator.JourneyGenerator;

/**
 * {@code java -jar journey-api.jar generate --associations 2 --initiatives 4 --years 3 --seed 7 > demo.ndjson}:
 * writes generated journeys as NDJSON import lines to standard output, and the initiatives to create first (with
 * the curl command that creates each) to standard error. Runs before Spring starts, so it needs no database, and
 * is given its clock by {@code main} (the service's clock is a bean, which does not exist here).
 */
public final class GenerateCommand {

    static final String USAGE = "usage: generate [--associations N] [--initiatives N per association] [--years N] "
            + "[--start-year YYYY] [--participants N new referrals per initiative and year, 0 = drawn 10–60] "
            + "[--seed N] [--identity-numbers] (synthetic, Luhn-valid test numbers in the 98x series)";

    private GenerateCommand() {
    }

    /**
     * Runs the command; answers the exit status (2 for wrong arguments, with the usage on {@code err}). The years
     * end yesterday by {@code clock}, in Sweden.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        GeneratorSettings settings;
        try {
            settings = settings(args, LocalDate.now(clock.withZone(se.finsam.journey.journey.Journey.SWEDEN)).minusDays(1));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        JourneyGenerator generator = new JourneyGenerator(settings);
        generator.initiatives().forEach(initiative -> err.printf("curl -u admin:… -X PUT localhost:8080/api/v1/initiatives/%s "
                + "-H 'Content-Type: application/json' -d '{\"name\": \"%s\", \"association\": \"%s\"}'%n",
                initiative.code(), initiative.name(), initiative.association()));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        generator.lines(line -> {
            try {
                writer.write(line);
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    static GeneratorSettings settings(String[] args, LocalDate today) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--identity-numbers")) {
                options.put("identity-numbers", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option: " + args[i]);
            }
        }
        int years = number(options, "years", 3);
        GeneratorSettings settings = new GeneratorSettings(number(options, "associations", 1),
                number(options, "initiatives", 4), years, number(options, "start-year", today.getYear() - years + 1),
                number(options, "participants", 0), number(options, "seed", 7),
                options.containsKey("identity-numbers"), today);
        options.keySet().removeAll(java.util.Set.of("associations", "initiatives", "years", "start-year",
                "participants", "seed", "identity-numbers"));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown option: --" + options.keySet().iterator().next());
        }
        return settings;
    }

    private static int number(Map<String, String> options, String name, int otherwise) {
        String value = options.get(name);
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }
}
