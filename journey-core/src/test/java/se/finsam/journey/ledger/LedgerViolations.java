package se.finsam.journey.ledger;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import se.finsam.journey.ledger.LedgerViolation.Kind;

/**
 * Hamcrest matchers for a refused ledger record by kind, code and field: the kind decides the API's status, the
 * code and field are what pages translate and where they put the message.
 */
public final class LedgerViolations {

    private LedgerViolations() {
    }

    public static Matcher<LedgerViolation> invalidField(String field, String code) {
        return violation(Kind.INVALID, field, code);
    }

    public static Matcher<LedgerViolation> conflictOn(String field, String code) {
        return violation(Kind.CONFLICT, field, code);
    }

    public static Matcher<LedgerViolation> violation(Kind kind, String field, String code) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerViolation actual, Description mismatch) {
                mismatch.appendText("was a " + actual.kind() + " violation ").appendValue(actual.code())
                        .appendText(" on field ").appendValue(actual.field());
                return actual.kind() == kind && code.equals(actual.code()) && java.util.Objects.equals(field, actual.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " violation ").appendValue(code).appendText(" on field ")
                        .appendValue(field);
            }
        };
    }
}
