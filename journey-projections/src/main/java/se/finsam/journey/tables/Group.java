package se.finsam.journey.tables;

import java.util.List;

/** Codes of a dimension shown together as one category under {@code label}. */
public record Group(String label, List<String> codes) {

    public Group {
        codes = List.copyOf(codes);
    }
}
