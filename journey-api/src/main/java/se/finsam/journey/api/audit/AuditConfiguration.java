package se.finsam.journey.api.audit;

import org.springframework.context.annotation.Bean;
import se.finsam.journey.api.recording.ImportsInProgress;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.audit.EventChain;
import se.finsam.journey.store.SettledHead;

/** The hash chain over the event store, extended every two seconds by whichever node gets there first. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class AuditConfiguration {

    @Bean
    EventChain eventChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, SettledHead settledHead) {
        return new EventChain(jdbc, new TransactionTemplate(transactions), settledHead);
    }

    @Bean
    ChainKeeper chainKeeper(EventChain chain, ImportsInProgress imports) {
        return new ChainKeeper(chain, imports);
    }

    /** Links newly stored events into the chain. */
    static class ChainKeeper {
        private final EventChain chain;
        private final ImportsInProgress imports;

        ChainKeeper(EventChain chain, ImportsInProgress imports) {
            this.chain = chain;
            this.imports = imports;
        }

        /**
         * Catching up on a large backlog (after a big import, or on a store that predates the chain) runs batch
         * by batch with a pause between, so that it never starves recording and reports of the CPU; while this
         * node runs a bulk import it waits, and links the import's events right after.
         */
        @Scheduled(fixedDelayString = "${journey.audit.chain-interval-ms:2000}")
        void extend() throws InterruptedException {
            for (int batch = 0; batch < 20 && !imports.any() && chain.extend() > 0; batch++) {
                Thread.sleep(100);
            }
        }
    }
}
