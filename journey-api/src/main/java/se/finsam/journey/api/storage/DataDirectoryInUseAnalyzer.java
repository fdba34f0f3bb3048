package se.finsam.journey.api.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start on a data directory in use into Spring Boot's short "APPLICATION FAILED TO START". */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabase.DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, EmbeddedDatabase.DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(), "Stop the other journey service first, or start this one with "
                + "another JOURNEY_DATA_DIR (each service needs a data directory of its own).", cause);
    }
}
