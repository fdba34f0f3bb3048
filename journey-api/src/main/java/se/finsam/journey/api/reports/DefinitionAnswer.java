package se.finsam.journey.api.reports;

/** The stored version of an analyst's definition an answer or manifest is of: its id, number and SHA-256. */
public record DefinitionAnswer(String id, Integer version, String sha256) {
}
