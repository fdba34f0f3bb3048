package se.finsam.journey.api.storage;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded cluster ask every connection for a password. zonky's initdb trusts every local connection
 * (any OS user could log in as superuser and run shell commands with {@code COPY … TO PROGRAM}); before PostgreSQL
 * starts, this gives the superuser a generated password, kept only in {@code <data dir>/database-password}
 * (0600), and replaces {@code pg_hba.conf} with scram-sha-256 for every connection. A cluster written by an
 * earlier release (trust) is upgraded the same way at its next start.
 *
 * <p>The password is set in PostgreSQL's single-user mode, with no server listening, so there is never a moment in
 * which the cluster is open; and as a scram verifier, so the password itself is never in a statement.
 */
final class ClusterAuthentication {

    static final String SECRET_FILE = "database-password";
    static final String HBA = """
            # Written by journey at every start of its embedded PostgreSQL: every connection gives a password.
            # The superuser's is in the data directory's database-password (0600); the service connects as
            # the role journey, which is no superuser, with a password made anew at every start.
            local all         all scram-sha-256
            host  all         all 127.0.0.1/32 scram-sha-256
            host  all         all ::1/128 scram-sha-256
            local replication all scram-sha-256
            host  replication all 127.0.0.1/32 scram-sha-256
            host  replication all ::1/128 scram-sha-256
            """;
    private static final Logger log = LoggerFactory.getLogger(ClusterAuthentication.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path secretFile;
    private final String superuserPassword;

    private ClusterAuthentication(Path secretFile, String superuserPassword) {
        this.secretFile = secretFile;
        this.superuserPassword = superuserPassword;
    }

    /** The data directory's superuser password: the one kept there, or a new one, written once it is set. */
    static ClusterAuthentication of(Path dataDirectory) {
        Path secretFile = dataDirectory.resolve(SECRET_FILE);
        try {
            if (Files.exists(secretFile)) {
                Files.setPosixFilePermissions(secretFile, OWNER_ONLY);
                String kept = Files.readString(secretFile, StandardCharsets.US_ASCII).strip();
                return new ClusterAuthentication(secretFile, kept);
            }
            return new ClusterAuthentication(secretFile, ScramVerifier.newPassword());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + secretFile + ": " + e.getMessage(), e);
        }
    }

    String superuserPassword() {
        return superuserPassword;
    }

    /**
     * Run by zonky after initdb and before PostgreSQL starts: a cluster that does not yet ask for passwords (just
     * made, or written by an earlier release) gets the superuser's password, the password file, then the strict
     * {@code pg_hba.conf}, in that order, so that a start interrupted anywhere does the rest next time.
     */
    void apply(File cluster) {
        Path hba = cluster.toPath().resolve("pg_hba.conf");
        try {
            boolean strict = Files.exists(hba) && Files.readString(hba).equals(HBA);
            if (strict && Files.exists(secretFile)) {
                return;
            }
            if (!strict && !freshCluster(cluster)) {
                log.warn("The embedded PostgreSQL in {} let every local connection in without a password; from now on "
                        + "every connection needs one (the superuser's is kept in {})", cluster, secretFile);
            }
            runSingleUser(cluster.toPath(),
                    "ALTER ROLE postgres PASSWORD '" + ScramVerifier.of(superuserPassword) + "';");
            if (!Files.exists(secretFile)) {
                writeOwnerOnly(secretFile, superuserPassword);
            }
            Files.writeString(hba, HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the embedded PostgreSQL in " + cluster + " ask for passwords: "
                    + e.getMessage(), e);
        }
    }

    /** initdb has just made it: no database of ours has been written yet (zonky runs initdb right before us). */
    private static boolean freshCluster(File cluster) {
        return !Files.exists(cluster.toPath().resolve("postmaster.opts"));
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(partial, content + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** PostgreSQL's single-user mode: one backend reading statements from standard input, no server, no port. */
    private static void runSingleUser(Path cluster, String statement) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(binaries().resolve("bin/postgres").toString(), "--single", "-F", "-D", cluster.toString(),
                "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            process.getOutputStream().write((statement + "\n").getBytes(StandardCharsets.US_ASCII));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || output.contains("ERROR:")
                    || output.contains("FATAL:")) {
                throw new IOException("PostgreSQL's single-user mode did not set the password: "
                        + output.replace(statement, "(the statement)").strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while setting the password", e);
        }
    }

    /**
     * Where zonky unpacked PostgreSQL. It keeps that to itself (a private map filled before initdb); reading it is
     * the only way to run the same binaries in single-user mode, which zonky does not offer.
     */
    private static Path binaries() {
        try {
            Field field = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
            field.setAccessible(true);
            File directory = (File) ((Map<?, ?>) field.get(null)).get(DefaultPostgresBinaryResolver.INSTANCE);
            if (directory == null || !directory.isDirectory()) {
                throw new IllegalStateException("zonky has not unpacked PostgreSQL");
            }
            return directory.toPath();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot find the embedded PostgreSQL's binaries (" + e.getMessage()
                    + "); has the zonky version changed?", e);
        }
    }
}
