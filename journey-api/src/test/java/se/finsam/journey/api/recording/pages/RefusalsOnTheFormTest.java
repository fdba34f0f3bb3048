package se.finsam.journey.api.recording.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.finsam.journey.api.web.PagesConfiguration;
import se.finsam.journey.journey.Refusal;

/**
 * A refusal reaches the form by its field and code alone: the pages never read the service's English message,
 * which here is empty, so any text shown can only come from the message bundles.
 */
class RefusalsOnTheFormTest {

    private static final CodeLabels LABELS = new CodeLabels(messages());

    private static ResourceBundleMessageSource messages() {
        // As application.properties sets spring.messages up.
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/common", "i18n/staff");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private record Without(String code, String field, Map<String, Object> arguments) implements Refusal {
        @Override
        public String getMessage() {
            return "";
        }
    }

    @Test
    void aRuleBreachIsPlacedOnItsFieldAndSaidInTheUsersLanguageWithTheValuesItNames() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("instrument", "BIP");
        arguments.put("scale", "1–5");
        Refusal offScale = new Without("score-off-scale", "score", arguments);

        RecordRequests.Problem swedish = RecordRequests.problem(offScale, LABELS, PagesConfiguration.SWEDISH);
        RecordRequests.Problem english = RecordRequests.problem(offScale, LABELS, Locale.ENGLISH);

        assertThat(swedish).isEqualTo(new RecordRequests.Problem("score",
                "Skattningen ligger utanför instrumentets skala (1–5)."));
        assertThat(english.message()).isEqualTo("The score is outside the instrument's scale (1–5).");
        assertThat(RecordRequests.onForm("assessment", swedish.field())).isTrue();
    }

    @Test
    void aFieldErrorInsideThePersonIsPlacedOnThatInput() {
        RecordRequests.Problem problem = RecordRequests.problem(new Without("not-a-code", "person.gender",
                Map.of("list", "gender")), LABELS, PagesConfiguration.SWEDISH);

        assertThat(problem).isEqualTo(new RecordRequests.Problem("person.gender", "Värdet finns inte i kodlistan."));
        assertThat(RecordRequests.onForm("referral", problem.field())).isTrue();
        assertThat(RecordRequests.onForm("enrolment", problem.field())).isFalse();
    }

    @Test
    void aCodeNoBundleKnowsFallsBackToTheServicesOwnText() {
        Refusal unknown = new Refusal() {
            @Override
            public String code() {
                return "a-rule-of-next-year";
            }

            @Override
            public String field() {
                return "date";
            }

            @Override
            public Map<String, Object> arguments() {
                return Map.of();
            }

            @Override
            public String getMessage() {
                return "the service's own words";
            }
        };

        assertThat(RecordRequests.problem(unknown, LABELS, PagesConfiguration.SWEDISH))
                .isEqualTo(new RecordRequests.Problem("date", "the service's own words"));
    }

    @Test
    void everyRefusalHasATextInSwedishAndInEnglish() throws IOException {
        assertThat(refusalKeys("i18n/staff_en.properties")).isEqualTo(refusalKeys("i18n/staff.properties"))
                .hasSizeGreaterThan(50);
    }

    private static Set<String> refusalKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalsOnTheFormTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(key -> key.startsWith("refusal."))
                .collect(Collectors.toSet());
    }
}
