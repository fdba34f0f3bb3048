package se.finsam.journey.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A report manifest as the API shows it: the question, the event position and definition set, what the figures
 * hash is over ({@code figuresFormat} and {@code figures}, the stored document), the events hash and where to verify
 * it and see what has changed since.
 */
public record ManifestView(String id, String createdAt, String createdBy, ScopeAnswer scope, PeriodAnswer period,
                           String asOf, String compare, long position, String definitions, String kind,
                           @JsonInclude(JsonInclude.Include.NON_NULL) DefinitionAnswer definition,
                           String figuresFormat, String figuresHash, String eventsHash, Integer events,
                           Integer journeys, String sealedAt, Boolean consistent, JsonNode figures, String verify,
                           String restatement) {
}
