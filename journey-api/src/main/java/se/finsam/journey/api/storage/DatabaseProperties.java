package se.finsam.journey.api.storage;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code journey.db.*}: an external PostgreSQL ({@code JOURNEY_DB_URL}; unset, the embedded one), the pool's size,
 * and how long anything waits on the database (see {@link StorageConfiguration}).
 */
@Validated
@ConfigurationProperties("journey.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @Min(value = 1, message = "must be at least 1 (JOURNEY_DB_POOL_SIZE)") int poolSize,
        @NotNull @DurationMin(millis = 250, message = "must be at least 250ms, the pool's shortest wait "
                + "(JOURNEY_DB_CONNECTION_TIMEOUT)") Duration connectionTimeout,
        @NotNull @DurationMin(seconds = 1, message = "must be at least 1s (JOURNEY_DB_SOCKET_TIMEOUT)")
        Duration socketTimeout) {

    /** Whether an external PostgreSQL is configured; else the service starts its own. */
    public boolean external() {
        return url != null && !url.isBlank();
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "DatabaseProperties[url=" + url + ", user=" + user + ", poolSize=" + poolSize + ", connectionTimeout="
                + connectionTimeout + ", socketTimeout=" + socketTimeout + "]";
    }
}
