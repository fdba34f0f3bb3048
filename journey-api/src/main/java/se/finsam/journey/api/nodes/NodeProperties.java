package se.finsam.journey.api.nodes;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code journey.node.*}: this node's name among several on one database (unset: the host name and a random suffix),
 * and how long a node may stay silent before the others take its segments.
 */
@Validated
@ConfigurationProperties("journey.node")
public record NodeProperties(
        String name,
        @NotNull @DurationMin(seconds = 10, message = "must be at least 10s, since a live node renews its claims every "
                + "5 s (JOURNEY_NODE_CLAIM_TIMEOUT)") Duration claimTimeout) {
}
