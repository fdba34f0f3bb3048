package se.finsam.journey.api.tables.pages;

import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.tables.DefinitionStore;

/** A version named in a page's address: the number (null for the latest) and the stored version, or 404. */
final class Versions {

    private Versions() {
    }

    static Integer number(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(version.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new se.finsam.journey.api.web.BadRequestException("'" + version + "' is not a version: 1, 2, 3, …");
    }

    static DefinitionStore.Version find(DefinitionStore definitions, String id, Integer number) {
        return (number == null ? definitions.latest(id) : definitions.version(id, number))
                .orElseThrow(() -> new NotFoundException(number == null || definitions.latest(id).isEmpty()
                        ? "there is no table definition '" + id + "'"
                        : "table definition '" + id + "' has no version " + number));
    }
}
