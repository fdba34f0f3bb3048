package se.finsam.journey.api.storage;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the database's last "disk full" (SQLSTATE 53100, or "No space left on device") for a while, so that
 * readiness can say so: every SQL error of every pooled connection (requests, imports, the read model's processor,
 * the hash chain) passes here, since Hikari asks this whether to evict the connection. It never changes Hikari's
 * own decision.
 */
public class StorageFaults implements SQLExceptionOverride {

    private static final Logger log = LoggerFactory.getLogger(StorageFaults.class);

    private final Clock clock;
    private final Duration hold;
    private final AtomicReference<Instant> lastDiskFull = new AtomicReference<>();

    public StorageFaults(Clock clock, Duration hold) {
        this.clock = clock;
        this.hold = hold;
    }

    @java.lang.Override // spelled out: Hikari's enum Override hides the annotation's simple name here
    public Override adjudicate(SQLException e) {
        if (DatabaseTrouble.of(e).filter(DatabaseTrouble.DISK_FULL::equals).isPresent()) {
            noteDiskFull();
        }
        return Override.CONTINUE_EVICT;
    }

    void noteDiskFull() {
        if (lastDiskFull.getAndSet(clock.instant()) == null) {
            log.warn("The database's disk is full: writes fail (SQLSTATE {}); readiness is DOWN until none has "
                    + "failed for {} s", DatabaseTrouble.DISK_FULL_STATE, hold.toSeconds());
        }
    }

    /** When the disk was last found full, if that was within the hold; forgets it after. */
    Optional<Instant> recentDiskFull() {
        Instant last = lastDiskFull.get();
        if (last == null) {
            return Optional.empty();
        }
        if (last.plus(hold).isBefore(clock.instant())) {
            if (lastDiskFull.compareAndSet(last, null)) {
                log.info("No write has failed for lack of disk space for {} s", hold.toSeconds());
            }
            return Optional.empty();
        }
        return Optional.of(last);
    }
}
