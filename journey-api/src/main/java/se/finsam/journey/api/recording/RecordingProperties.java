package se.finsam.journey.api.recording;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code journey.recording.*}: how many single-record requests are worked on at once (0: four per core, at least 8). */
@Validated
@ConfigurationProperties("journey.recording")
public record RecordingProperties(
        @Min(value = 0, message = "must be 0 (four per core) or more (JOURNEY_RECORDING_CONCURRENCY)") int concurrency) {
}
