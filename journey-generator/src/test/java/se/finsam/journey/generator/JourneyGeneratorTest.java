package se.finsam.journey.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.generator.RecordContent.Closure;
import se.finsam.journey.generator.RecordContent.Referral;
import se.finsam.journey.generator.RecordContent.Retraction;
import se.finsam.journey.journey.PersonalIdentityNumber;

class JourneyGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final GeneratorSettings LARGE = new GeneratorSettings(3, 5, 8, 2018, 0, 11, false, TODAY);

    @Test
    void theSameSeedGivesTheSameLines() {
        assertThat(lines(LARGE)).isEqualTo(lines(LARGE));
    }

    @Test
    void anotherSeedGivesOtherLines() {
        GeneratorSettings other = new GeneratorSettings(3, 5, 8, 2018, 0, 12, false, TODAY);
        assertThat(lines(other)).isNotEqualTo(lines(LARGE));
    }

    @Test
    void everyInitiativeBelongsToItsAssociationAndHasReferralsEveryYear() {
        JourneyGenerator generator = new JourneyGenerator(new GeneratorSettings(5, 2, 2, 2024, 4, 1, false, TODAY));
        assertThat(generator.initiatives()).extracting(JourneyGenerator.Initiative::code).containsExactly(
                "vastmanland-1", "vastmanland-2", "sodra-dalarna-1", "sodra-dalarna-2", "uppsala-1", "uppsala-2",
                "sormland-1", "sormland-2", "vastmanland-2-1", "vastmanland-2-2");
        List<List<GeneratedRecord>> journeys = journeys(generator);
        assertThat(journeys).hasSize(10 * 2 * 4);
    }

    @Test
    void noRecordIsDatedAfterTodayOrBeforeItsReferral() {
        for (List<GeneratedRecord> journey : journeys(new JourneyGenerator(LARGE))) {
            GeneratedRecord referral = journey.get(0);
            assertThat(referral.type()).isEqualTo("referral");
            for (GeneratedRecord record : journey) {
                assertThat(record.date()).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(referral.date());
                assertThat(record.journeyId()).isEqualTo(referral.journeyId());
            }
            assertThat(journey).extracting(GeneratedRecord::recordId).doesNotHaveDuplicates();
        }
    }

    @Test
    void ageAtReferralIsWithinTheTargetGroup() {
        for (List<GeneratedRecord> journey : journeys(new JourneyGenerator(LARGE))) {
            GeneratedRecord referral = journey.get(0);
            int birthYear = referralOf(journey).person().birthYear();
            assertThat(referral.date().getYear() - birthYear).isBetween(16, 67);
        }
    }

    @Test
    void gendersPartiesAndSupportFollowTheSeedsWithinTolerance() {
        List<Referral> referrals = journeys(new JourneyGenerator(LARGE)).stream().map(JourneyGeneratorTest::referralOf)
                .toList();
        assertThat(referrals.size()).isGreaterThan(2000);
        assertShares(referrals.stream().map(r -> r.person().gender()).toList(),
                Distributions.GENDER, "WOMAN", "MAN");
        assertShares(referrals.stream().map(Referral::referringParty).toList(),
                Distributions.REFERRING_PARTY, "SOCIAL_INSURANCE_AGENCY", "MUNICIPALITY", "REGION");
        assertShares(referrals.stream().map(Referral::supportBefore).toList(),
                Distributions.SUPPORT_BEFORE, "SICKNESS_BENEFIT", "SOCIAL_ASSISTANCE");
    }

    @Test
    void closureCausesFollowTheSeedsWithDropOutsApart() {
        List<String> causes = new ArrayList<>();
        journeys(new JourneyGenerator(LARGE)).forEach(journey -> lastClosure(journey).ifPresent(causes::add));
        long dropouts = causes.stream().filter("DROPOUT"::equals).count();
        assertThat((double) dropouts / causes.size()).isCloseTo(Distributions.DROPOUT, within(0.02));
        assertShares(causes.stream().filter(c -> !c.equals("DROPOUT")).toList(), Distributions.MEASURED_CAUSE,
                "WORK", "STUDIES", "CONTINUED_REHABILITATION", "MEDICAL_REHABILITATION");
    }

    @Test
    void withdrawalsCorrectionsAndVoidedJourneysOccurAtTheirRates() {
        List<List<GeneratedRecord>> journeys = journeys(new JourneyGenerator(LARGE));
        double withdrawn = share(journeys, j -> j.stream().anyMatch(r -> r.type().equals("referral-withdrawn")));
        double voided = share(journeys, j -> j.stream().anyMatch(r -> r.content() instanceof Retraction retraction
                && retraction.retracts().equals("r1")));
        double corrected = share(journeys, j -> j.stream().anyMatch(r -> r.content() instanceof Retraction retraction
                && retraction.reason().equals("fel avslutsorsak")));
        assertThat(withdrawn).isCloseTo(Distributions.WITHDRAWN * (1 - Distributions.VOIDED), within(0.02));
        assertThat(voided).isCloseTo(Distributions.VOIDED, within(0.006));
        assertThat(corrected).isGreaterThan(0.005).isLessThan(Distributions.CORRECTION + 0.01);
        assertThat(share(journeys, j -> j.stream().anyMatch(r -> r.type().equals("work-training-started")))).isGreaterThan(0.15);
        assertThat(share(journeys, j -> j.stream().anyMatch(r -> r.type().equals("assessment")))).isGreaterThan(0.5);
    }

    @Test
    void noIdentityNumbersUnlessAskedAndThenOnlyValidFakeOnes() {
        assertThat(lines(LARGE)).noneMatch(line -> line.contains("personalIdentityNumber") || line.contains("\"name\""));
        GeneratorSettings withNumbers = new GeneratorSettings(1, 1, 1, 2025, 30, 3, true, TODAY);
        List<List<GeneratedRecord>> journeys = journeys(new JourneyGenerator(withNumbers));
        assertThat(journeys).isNotEmpty();
        for (List<GeneratedRecord> journey : journeys) {
            String number = referralOf(journey).person().personalIdentityNumber();
            assertThat(PersonalIdentityNumber.problemWith(number)).isNull();
            assertThat(number.substring(8, 10)).isEqualTo("98");
        }
    }

    @Test
    void aStartYearBeforeFinsamOrInTheFutureIsRefused() {
        assertThatThrownBy(() -> new GeneratorSettings(1, 1, 1, 2003, 0, 1, false, TODAY))
                .hasMessageContaining("2004");
        assertThatThrownBy(() -> new GeneratorSettings(1, 1, 1, 2027, 0, 1, false, TODAY))
                .hasMessageContaining("2026");
    }

    private static Referral referralOf(List<GeneratedRecord> journey) {
        return (Referral) journey.get(0).content();
    }

    private static java.util.Optional<String> lastClosure(List<GeneratedRecord> journey) {
        return journey.get(journey.size() - 1).content() instanceof Closure closure
                ? java.util.Optional.of(closure.cause()) : java.util.Optional.empty();
    }

    private static double share(List<List<GeneratedRecord>> journeys, java.util.function.Predicate<List<GeneratedRecord>> test) {
        return (double) journeys.stream().filter(test).count() / journeys.size();
    }

    private static void assertShares(List<String> drawn, Weighted<String> expected, String... codes) {
        Map<String, Integer> counts = new HashMap<>();
        drawn.forEach(code -> counts.merge(code, 1, Integer::sum));
        for (String code : codes) {
            assertThat((double) counts.getOrDefault(code, 0) / drawn.size()).as(code)
                    .isCloseTo(expected.share(code), within(0.03));
        }
    }

    private static List<String> lines(GeneratorSettings settings) {
        List<String> lines = new ArrayList<>();
        new JourneyGenerator(settings).lines(lines::add);
        return lines;
    }

    private static List<List<GeneratedRecord>> journeys(JourneyGenerator generator) {
        List<List<GeneratedRecord>> journeys = new ArrayList<>();
        generator.journeys(journeys::add);
        return journeys;
    }
}
