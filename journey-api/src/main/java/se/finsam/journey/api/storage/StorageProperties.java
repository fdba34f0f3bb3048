package se.finsam.journey.api.storage;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code journey.storage.*}: readiness is DOWN while the embedded database's file system has less free space than
 * {@code minFreeSpace} ({@code JOURNEY_MIN_FREE_DISK}), and for {@code diskFullHold} ({@code JOURNEY_DISK_FULL_HOLD})
 * after a write failed because its disk was full.
 */
@Validated
@ConfigurationProperties("journey.storage")
public record StorageProperties(
        @NotNull DataSize minFreeSpace,
        @NotNull @DurationMin(seconds = 1, message = "must be at least 1s (JOURNEY_DISK_FULL_HOLD)")
        Duration diskFullHold) {
}
