package se.finsam.journey.api.reports;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.tables.CanonicalJson;

/**
 * What a manifest's figures hash covers (format {@value #VERSION}): a report's figures under their names, each exact,
 * as canonical JSON (keys sorted by code point, no whitespace), not the answer's shape, so that a field added to an
 * answer can never make a valid manifest unverifiable:
 * <pre>{"figures": "1", "definitions": "2026.1", …what the figures are of…,
 *  "cells": {"closures.shares.work": "27/2", "participants.total": "43", …}, "previousCells": {…}}</pre>
 * A count is its whole number, a share or mean its exact value as a reduced fraction ({@code "27/2"}), or null over
 * nobody; {@code previousCells} only with a comparison. The change is left out: it follows from the two years.
 * A new format gets a new version, and manifests keep being verified by the format they name.
 */
public final class FiguresDocument {

    /** The format of documents written now. */
    public static final String VERSION = "1";
    /** The format of manifests stored before figures documents: the whole answer as canonical JSON. */
    public static final String ANSWER = "answer";

    private FiguresDocument() {
    }

    /**
     * The document of {@code cells} (and with a comparison {@code previousCells}, else null), about what
     * {@code about} says (e.g. {@code definitions → 2026.1}).
     */
    public static String of(Map<String, String> about, Map<String, Figure> cells, Map<String, Figure> previousCells) {
        return ofExact(about, exact(cells), previousCells == null ? null : exact(previousCells));
    }

    /**
     * The document of cells already written exactly (a whole number, a reduced fraction {@code "27/2"}, or null over
     * nobody), for a kind of report whose figures are not {@link Figure}s (the ledger reports).
     */
    public static String ofExact(Map<String, String> about, Map<String, String> cells,
                                 Map<String, String> previousCells) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("figures", VERSION);
        about.forEach(document::put);
        document.set("cells", node(cells));
        if (previousCells != null) {
            document.set("previousCells", node(previousCells));
        }
        return CanonicalJson.of(document);
    }

    private static ObjectNode node(Map<String, String> cells) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        cells.forEach(node::put);
        return node;
    }

    /** An exact value of a document as a person reads it: a whole number, or a decimal to one place. */
    public static BigDecimal shown(String exact) {
        int slash = exact.indexOf('/');
        return slash < 0 ? new BigDecimal(exact) : new BigDecimal(exact.substring(0, slash))
                .divide(new BigDecimal(exact.substring(slash + 1)), 1, RoundingMode.HALF_UP);
    }

    private static Map<String, String> exact(Map<String, Figure> cells) {
        Map<String, String> exact = new LinkedHashMap<>();
        cells.forEach((name, figure) -> exact.put(name, exact(figure)));
        return exact;
    }

    private static String exact(Figure figure) {
        if (figure instanceof Figure.Count count) {
            return Integer.toString(count.value());
        }
        Figure.Measure measure = (Figure.Measure) figure;
        return measure.exact() == null ? null : measure.exact().toString();
    }
}
