package se.finsam.journey.api.ledger.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.finsam.journey.api.reports.ManifestKind;
import se.finsam.journey.ledger.figures.LedgerReportKind;

/** One kind of manifest per ledger report, so that each of their manifests verifies by recomputing it. */
@Configuration(proxyBeanMethods = false)
class LedgerReportsConfiguration {

    @Bean
    ManifestKind economyManifests(LedgerReports reports) {
        return reports.manifests(LedgerReportKind.ECONOMY);
    }

    @Bean
    ManifestKind staffManifests(LedgerReports reports) {
        return reports.manifests(LedgerReportKind.STAFF);
    }

    @Bean
    ManifestKind goalManifests(LedgerReports reports) {
        return reports.manifests(LedgerReportKind.GOALS);
    }

    @Bean
    ManifestKind activityManifests(LedgerReports reports) {
        return reports.manifests(LedgerReportKind.ACTIVITIES);
    }
}
