package se.finsam.journey.api.recording;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code journey.import.*}: import lines decided and stored per transaction, and the largest file the import page
 * takes. The server takes uploads up to 200 MB ({@code spring.servlet.multipart.max-file-size}), so that a file
 * over the page's limit gets the page's message; a limit above it would never be the one that refuses.
 */
@Validated
@ConfigurationProperties("journey.import")
public record ImportProperties(
        @Min(value = 1, message = "must be at least 1 (JOURNEY_IMPORT_CHUNK_SIZE)") int chunkSize,
        @Min(value = 1, message = "must be at least 1 (JOURNEY_IMPORT_PAGE_MAX_MB)")
        @Max(value = 200, message = "must be at most 200, the largest upload the server takes (JOURNEY_IMPORT_PAGE_MAX_MB)")
        int pageMaxMegabytes) {
}
