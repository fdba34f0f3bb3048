package se.finsam.journey.api.personal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The master key kept in a file: {@code JOURNEY_MASTER_KEY_FILE}, by default {@code master-key.json} in the data
 * directory, beside (never inside) the PostgreSQL cluster folder, so that a copy of the database never holds it.
 * Made at the first start (0600) when the database has never had a master key; once one was used, a start
 * without its file is refused rather than making another. Nodes on one database take their turns here (an
 * advisory lock), so two starting at once cannot each make a key of their own.
 */
final class MasterKeyFile {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyFile.class);
    /** Advisory lock key: "journey master key" folded into 64 bits; nothing else uses it. */
    private static final long LOCK = 0x6a6f75726e65794bL;

    private MasterKeyFile() {
    }

    static MasterKey openOrCreate(Path file, JdbcTemplate jdbc) {
        MasterKey key = jdbc.execute((ConnectionCallback<MasterKey>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + LOCK + ")");
            }
            try {
                return underLock(file, jdbc);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
                }
            }
        });
        log.warn("The personal-data keys are wrapped with the master key in {}. Keep a copy of that file safe and "
                + "apart from the database and its backups: without it the identity numbers and names cannot be read, "
                + "and together with a backup it opens them. Better still, move it into an HSM (README.md, "
                + "\"Configuration\").", file.toAbsolutePath());
        return key;
    }

    private static MasterKey underLock(Path file, JdbcTemplate jdbc) {
        MasterKeyCheck check = new MasterKeyCheck(jdbc);
        if (!Files.exists(file)) {
            if (check.used()) {
                throw new MasterKeyException("The master key file " + file.toAbsolutePath() + " is missing, and this "
                        + "database's personal-data keys are protected by the master key it held: restore the file "
                        + "from where you keep it, or set JOURNEY_MASTER_KEY_FILE to where it is");
            }
            create(file);
            log.warn("Made a new master key for the personal-data keys in {}", file.toAbsolutePath());
        }
        MasterKey key = MasterKey.fromConfiguration("", file.toString());
        check.confirm(key, "the file " + file.toAbsolutePath());
        return key;
    }

    private static void create(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(partial, MasterKey.generate(), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new MasterKeyException("Cannot make the master key file " + file.toAbsolutePath() + " (set "
                    + "JOURNEY_MASTER_KEY_FILE to a writable place): " + e.getMessage());
        }
    }
}
