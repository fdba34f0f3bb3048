package se.finsam.journey.api.personal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start refused over the master key into Spring Boot's short "APPLICATION FAILED TO START". */
class MasterKeyProblemAnalyzer extends AbstractFailureAnalyzer<MasterKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MasterKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Start the service with the master key that wrapped the "
                + "personal-data keys, in JOURNEY_MASTER_KEY or in the file JOURNEY_MASTER_KEY_FILE names (README.md, "
                + "\"Configuration\"). Without it the identity numbers and names cannot be read.", cause);
    }
}
