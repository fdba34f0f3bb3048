package se.finsam.journey.api.personal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start refused over the key-encryption key (the master key or the HSM key) into Spring Boot's short
 * "APPLICATION FAILED TO START", instead of a stack trace in which the reason is hard to find.
 */
class MasterKeyProblemAnalyzer extends AbstractFailureAnalyzer<MasterKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MasterKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Start the service with the key that wrapped the "
                + "personal-data keys: the master key in JOURNEY_MASTER_KEY or in the file JOURNEY_MASTER_KEY_FILE names, "
                + "or the key in the PKCS#11 token (JOURNEY_KEY_STORE=pkcs11 and JOURNEY_PKCS11_*), as README.md, "
                + "\"Configuration\", describes. Without it the identity numbers and names cannot be read.", cause);
    }
}
