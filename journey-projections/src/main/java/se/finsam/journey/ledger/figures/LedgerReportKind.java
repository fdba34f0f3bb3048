package se.finsam.journey.ledger.figures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four reports over the ledgers, by the name their endpoints, pages and manifests use. */
public enum LedgerReportKind {
    ECONOMY, STAFF, GOALS, ACTIVITIES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LedgerReportKind> ofWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }
}
