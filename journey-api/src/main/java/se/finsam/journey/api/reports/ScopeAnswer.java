package se.finsam.journey.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A report's scope as answers show it: the association, when one was asked, and the initiatives it resolved to. */
public record ScopeAnswer(@JsonInclude(JsonInclude.Include.NON_NULL) String association, List<String> initiatives) {

    public static ScopeAnswer of(ReportQuery query, List<String> scope) {
        return new ScopeAnswer(query.association(), scope);
    }
}
