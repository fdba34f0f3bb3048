package se.finsam.journey.ledger.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.ledger.LedgerHistory;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;

/** Ledgers and participants for figure tests, built as the store would hand them over. */
final class LedgerScripts {

    static final ReportPeriod YEAR_2025 = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    static final ReportPeriod FIRST_HALF_2025 = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));

    private LedgerScripts() {
    }

    static LedgerSnapshot snapshot(LedgerId ledger, List<? extends LedgerEvent> events) {
        Map<String, Instant> recordedAt = new HashMap<>();
        Instant at = Instant.parse("2025-07-01T08:00:00Z");
        for (LedgerEvent event : events) {
            recordedAt.put(event.recordId(), at);
            at = at.plusSeconds(60);
        }
        return new LedgerSnapshot(ledger, LedgerHistory.of(events), recordedAt);
    }

    /**
     * The participant report of {@code enrolled} journeys enrolled on the period's first day, of which the first
     * {@code closedToWork} closed to work on its last day.
     */
    static ReportFigures participants(ReportPeriod period, int enrolled, int closedToWork) {
        List<CurrentJourney> journeys = new ArrayList<>();
        for (int i = 0; i < enrolled; i++) {
            CurrentJourney.Closure closure = i < closedToWork ? new CurrentJourney.Closure(period.to(),
                    ClosureCause.WORK, SupportSource.NO_PUBLIC_SUPPORT, null) : null;
            journeys.add(new CurrentJourney("j-" + i, "fns", period.from(), ReferringParty.SOCIAL_INSURANCE_AGENCY,
                    null, Gender.WOMAN, 1985, "1982", SupportSource.SICKNESS_BENEFIT, null, period.from(), null,
                    closure, List.of(), List.of()));
        }
        return ParticipantReportDefinitions.compute(journeys, period);
    }
}
