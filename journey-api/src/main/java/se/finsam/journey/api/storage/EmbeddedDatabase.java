package se.finsam.journey.api.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the default mode: its data is kept in {@code <data dir>/postgres} across
 * restarts, with fsync and synchronous commit on (zonky's test defaults turn both off). A lock file keeps a
 * second service from opening the same data directory. Every connection needs a password
 * ({@link ClusterAuthentication}); the service's own are made as the role {@value ServiceRole#NAME}, which is no
 * superuser ({@link ServiceRole}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /**
     * The data directories this JVM holds. A second start here must be refused before it opens the lock file:
     * the lock is a POSIX record lock, and closing any channel on the file would silently drop it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final String servicePassword;

    private EmbeddedDatabase(Path directory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres,
                             String servicePassword) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.servicePassword = servicePassword;
    }

    public static EmbeddedDatabase start(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        if (!HELD.add(directory)) {
            throw new DataDirectoryInUseException(directory);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(directory.resolve("journey.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(directory);
            }
            stopOrphanedServer(directory.resolve("postgres"));
            log.info("Starting the embedded PostgreSQL with its data in {}", directory.resolve("postgres"));
            ClusterAuthentication authentication = ClusterAuthentication.of(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("postgres"))
                    .setDataDirectoryCustomizer(authentication::apply)
                    .setConnectConfig("password", authentication.superuserPassword())
                    .setCleanDataDirectory(false)
                    // After an unclean stop PostgreSQL replays its write-ahead log first; zonky's 10 s is too short.
                    .setPGStartupWait(Duration.ofMinutes(5))
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
            String servicePassword;
            try {
                servicePassword = ServiceRole.prepare(postgres.getPostgresDatabase());
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("The embedded PostgreSQL listens on localhost:{}", postgres.getPort());
            return new EmbeddedDatabase(directory, channel, lock, postgres, servicePassword);
        } catch (IOException e) {
            HELD.remove(directory);
            closeQuietly(channel);
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            HELD.remove(directory);
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * A PostgreSQL still running on the data directory while we hold its lock was left behind by a service that
     * died without stopping it; it would keep the new one from starting. Stop it (SIGTERM: a clean shutdown).
     */
    private static void stopOrphanedServer(Path postgresData) throws IOException {
        Path pidFile = postgresData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(firstLine))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        log.warn("A PostgreSQL (pid {}) left behind by an earlier service still runs on {}; stopping it first",
                firstLine, postgresData);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL (pid " + firstLine + ") left running on " + postgresData
                    + " did not stop within 60 s; stop it, then start the service again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a PostgreSQL left running", e);
        }
    }

    /** Without a user: the URL zonky gives names its superuser, and pgjdbc lets the URL's user win. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String serviceUser() {
        return ServiceRole.NAME;
    }

    public String servicePassword() {
        return servicePassword;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
            HELD.remove(directory);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing more can be done: the start has already failed
        }
    }

    /** Thrown when another journey service already uses the data directory. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        public DataDirectoryInUseException(Path directory) {
            super("The data directory " + directory + " is already in use by another journey service. "
                    + "Stop that service first, or start this one with another JOURNEY_DATA_DIR.");
        }
    }
}
