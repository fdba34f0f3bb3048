package se.finsam.journey.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.finsam.journey.api.MutableClock;

class CachesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Caches caches = new Caches(clock, registry);

    @Test
    void anEntryExpiresWhenTheServicesClockSaysSoAndNotBefore() {
        Cache<String, String> cache = caches.build("kept", Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)));
        cache.put("a", "one");

        clock.advance(Duration.ofMinutes(4));
        assertThat(cache.getIfPresent("a")).isEqualTo("one");
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.getIfPresent("a")).isNull();
    }

    @Test
    void eachCacheIsMeasuredUnderItsName() {
        Cache<String, String> cache = caches.build("measured", Caffeine.newBuilder().maximumSize(10));
        cache.put("a", "one");
        cache.getIfPresent("a");
        cache.getIfPresent("b");

        assertThat(registry.get("cache.gets").tag("cache", "measured").tag("result", "hit").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("cache.gets").tag("cache", "measured").tag("result", "miss").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("cache.size").tag("cache", "measured").gauge().value()).isEqualTo(1);
    }
}
