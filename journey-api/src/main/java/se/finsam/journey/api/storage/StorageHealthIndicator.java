package se.finsam.journey.api.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.lang.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Health component {@code storage}: is there room to write? DOWN while the embedded database's file system has less
 * free space than the threshold, and for a while after a write failed for lack of space ({@link StorageFaults}; with
 * an external database that is the only sign). Part of readiness, so that a load balancer sends requests elsewhere
 * instead of to a node whose every write fails; it comes back UP by itself once there is room again.
 */
class StorageHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StorageHealthIndicator.class);

    private final @Nullable Path dataDirectory;
    private final DataSize minimumFree;
    private final StorageFaults faults;
    private volatile String lastReasons = "";

    /** {@code dataDirectory} is the embedded database's, or null with an external one (its disk is not ours). */
    StorageHealthIndicator(@Nullable Path dataDirectory, DataSize minimumFree, StorageFaults faults) {
        this.dataDirectory = dataDirectory;
        this.minimumFree = minimumFree;
        this.faults = faults;
    }

    @Override
    public Health health() {
        List<String> reasons = new ArrayList<>();
        Health.Builder health = Health.up();
        if (dataDirectory != null) {
            try {
                long free = Files.getFileStore(dataDirectory).getUsableSpace();
                health.withDetail("free", free).withDetail("threshold", minimumFree.toBytes());
                if (free < minimumFree.toBytes()) {
                    reasons.add("only " + DataSize.ofBytes(free).toMegabytes() + " MB free where the database keeps "
                            + "its data, less than " + minimumFree.toMegabytes() + " MB (JOURNEY_MIN_FREE_DISK)");
                }
            } catch (IOException e) {
                reasons.add("the free space of the data directory cannot be read: " + e.getMessage());
            }
        }
        faults.recentDiskFull().ifPresent(at -> reasons.add("writes fail because the database's disk is full"));
        noteChange(String.join("; ", reasons));
        return reasons.isEmpty() ? health.build() : health.down().withDetail("reason", String.join("; ", reasons)).build();
    }

    private void noteChange(String reasons) {
        if (reasons.equals(lastReasons)) {
            return;
        }
        if (reasons.isEmpty()) {
            log.info("Health: storage is UP again");
        } else {
            log.warn("Health: storage is DOWN: {}", reasons);
        }
        lastReasons = reasons;
    }
}
