package se.finsam.journey.generator;

import static se.finsam.journey.generator.Distributions.COUNTIES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Realistic journey histories for any number of associations, initiatives and years, as the import records of
 * API.md, valid under the journey rules and never dated after "today". Plain Java and seeded, so that a demo, a
 * test and a benchmark all get the same data from the same settings. Each initiative-year draws from its own
 * {@link Random} (derived from the seed), so a consumer that stops early still sees the same journeys first. The
 * distributions are in {@link Distributions}; one journey is drawn by {@link JourneyDraw}.
 */
public final class JourneyGenerator {

    /** An initiative to create before importing its journeys. */
    public record Initiative(String code, String name, String association, List<String> municipalities) {
    }

    private final GeneratorSettings settings;
    private final List<Initiative> initiatives = new ArrayList<>();

    public JourneyGenerator(GeneratorSettings settings) {
        this.settings = settings;
        for (int a = 0; a < settings.associations(); a++) {
            Map.Entry<String, List<String>> county = COUNTIES.get(a % COUNTIES.size());
            String association = a < COUNTIES.size() ? county.getKey() : county.getKey() + "-" + (a / COUNTIES.size() + 1);
            for (int k = 1; k <= settings.initiativesPerAssociation(); k++) {
                initiatives.add(new Initiative(association + "-" + k, "Samordningsteam " + k + " (" + association + ")",
                        association, county.getValue()));
            }
        }
    }

    public List<Initiative> initiatives() {
        return List.copyOf(initiatives);
    }

    /** Every record as an NDJSON line, journey after journey, each journey's records in the order they happened. */
    public void lines(Consumer<String> out) {
        journeys(journey -> {
            journey.forEach(record -> out.accept(record.toJson()));
            return true;
        });
    }

    /** Hands over journey after journey until {@code more} answers false or every journey was drawn. */
    public void journeys(Predicate<List<GeneratedRecord>> more) {
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative initiative = initiatives.get(i);
            Random perInitiative = new Random(mix(settings.seed(), i, 0));
            int referralsPerYear = settings.referralsPerInitiativeYear() > 0 ? settings.referralsPerInitiativeYear()
                    : 10 + perInitiative.nextInt(51);
            for (int y = 0; y < settings.years(); y++) {
                int year = settings.startYear() + y;
                if (year > settings.today().getYear()) {
                    break;
                }
                Random random = new Random(mix(settings.seed(), i, year));
                JourneyDraw draw = new JourneyDraw(random, settings.today(), settings.syntheticIdentityNumbers());
                for (int n = 1; n <= referralsPerYear; n++) {
                    String journeyId = initiative.code() + "-" + year + "-" + String.format("%03d", n);
                    List<GeneratedRecord> journey = draw.journey(journeyId, initiative, year);
                    if (!journey.isEmpty() && !more.test(journey)) {
                        return;
                    }
                }
            }
        }
    }

    private static long mix(long seed, int initiative, int year) {
        return seed * 0x9E3779B97F4A7C15L + initiative * 1_000_003L + year;
    }
}
