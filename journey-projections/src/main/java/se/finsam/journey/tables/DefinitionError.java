package se.finsam.journey.tables;

/** A mistake in a definition: a JSON Pointer to the most specific element that is wrong, and what is wrong with it. */
public record DefinitionError(String pointer, String message) {
}
