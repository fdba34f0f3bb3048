package se.finsam.journey.api.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Every in-memory cache of the service is a Caffeine cache built here, so that each one is bounded, ages by the
 * service's {@link Clock} (tests move it; Caffeine's own ticker would not follow), and is measured: hits, misses,
 * evictions and size at {@code /actuator/prometheus} as {@code cache_gets_total{cache="…"}} and its siblings.
 * The caller chooses the size and expiry, and says why where it builds the cache.
 */
@Component
public class Caches {

    private final MeterRegistry registry;
    private final Ticker ticker;

    public Caches(Clock clock, MeterRegistry registry) {
        this.registry = registry;
        // Caffeine reads nanoseconds from an arbitrary origin; the epoch serves, and fits a long until 2262.
        this.ticker = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    /** The cache {@code spec} describes, on the service's clock, measured under {@code name}. */
    public <K, V> Cache<K, V> build(String name, Caffeine<? super K, ? super V> spec) {
        @SuppressWarnings("unchecked")
        Caffeine<K, V> typed = (Caffeine<K, V>) spec;
        Cache<K, V> cache = typed.ticker(ticker).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return cache;
    }
}
