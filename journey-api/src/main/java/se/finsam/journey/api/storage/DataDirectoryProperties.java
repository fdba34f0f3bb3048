package se.finsam.journey.api.storage;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code journey.data-dir} ({@code JOURNEY_DATA_DIR}): the embedded PostgreSQL's data, its superuser's password
 * and, by default, the master key file.
 */
@Validated
@ConfigurationProperties("journey")
public record DataDirectoryProperties(@NotBlank(message = "must name a folder (JOURNEY_DATA_DIR)") String dataDir) {

    public Path path() {
        return Path.of(dataDir);
    }
}
