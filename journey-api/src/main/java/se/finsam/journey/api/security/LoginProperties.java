package se.finsam.journey.api.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code journey.login.*}: how many failed sign-ins, within which window, before sign-ins are refused for a while. */
@Validated
@ConfigurationProperties("journey.login")
public record LoginProperties(
        @Min(value = 1, message = "must be at least 1 (JOURNEY_LOGIN_MOST_FAILURES_PER_USER)")
        int mostFailuresPerUser,
        @Min(value = 1, message = "must be at least 1 (JOURNEY_LOGIN_MOST_FAILURES_PER_ADDRESS)")
        int mostFailuresPerAddress,
        @NotNull @DurationMin(seconds = 1, message = "must be at least 1s (JOURNEY_LOGIN_FAILURE_WINDOW)")
        Duration failureWindow) {
}
