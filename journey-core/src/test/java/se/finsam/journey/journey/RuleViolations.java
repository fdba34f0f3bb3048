package se.finsam.journey.journey;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import se.finsam.journey.journey.RuleViolation.Kind;

/**
 * Hamcrest matchers for a refused record: the kind decides the API's answer (422, 409, 404) and the rule name
 * is what clients translate, so a test that only checked the exception type could pass for the wrong reason.
 */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static Matcher<RuleViolation> invalidRecord(String rule) {
        return violation(Kind.INVALID, rule);
    }

    public static Matcher<RuleViolation> conflictingRecord(String rule) {
        return violation(Kind.CONFLICT, rule);
    }

    public static Matcher<RuleViolation> unknownJourney(String rule) {
        return violation(Kind.NOT_FOUND, rule);
    }

    public static Matcher<RuleViolation> violation(Kind kind, String rule) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation actual, Description mismatch) {
                mismatch.appendText("was a " + actual.kind() + " violation of rule ").appendValue(actual.rule());
                return actual.kind() == kind && rule.equals(actual.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " violation of rule ").appendValue(rule);
            }
        };
    }
}
