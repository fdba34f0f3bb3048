package se.finsam.journey.api.ledger.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.finsam.journey.api.reports.ManifestKind;
import se.finsam.journey.ledger.figures.LedgerReportKind;
import se.finsam.journey.store.LedgerEventTable;

/** One kind of manifest per ledger report, so that each of their manifests verifies by recomputing it. */
@Configuration(proxyBeanMethods = false)
class LedgerReportsConfiguration {

    @Bean
    ManifestKind economyManifests(LedgerReports reports, LedgerEventTable ledgers) {
        return new LedgerManifestKind(LedgerReportKind.ECONOMY, reports, ledgers);
    }

    @Bean
    ManifestKind staffManifests(LedgerReports reports, LedgerEventTable ledgers) {
        return new LedgerManifestKind(LedgerReportKind.STAFF, reports, ledgers);
    }

    @Bean
    ManifestKind goalManifests(LedgerReports reports, LedgerEventTable ledgers) {
        return new LedgerManifestKind(LedgerReportKind.GOALS, reports, ledgers);
    }

    @Bean
    ManifestKind activityManifests(LedgerReports reports, LedgerEventTable ledgers) {
        return new LedgerManifestKind(LedgerReportKind.ACTIVITIES, reports, ledgers);
    }
}
