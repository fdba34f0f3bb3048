package se.finsam.journey.api.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.api.metrics.Caches;
import se.finsam.journey.api.recording.ImportsInProgress;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.store.JourneyEventTable;

/**
 * Report manifests (issue "Audit"): every report answer is stored with its question, its event position, its
 * definition set and its figures (a {@link FiguresDocument}), and sealed with a hash of the events that contributed.
 * Re-running a manifest recomputes the report from the event table alone, up to the same position, and compares
 * figures and hash: whatever has been recorded since, a published report can be reproduced exactly. A manifest is
 * of the participant report or of another kind of report (an analyst's tables), whose {@link ManifestKind}
 * recomputes it; one stored before figures documents (format {@value FiguresDocument#ANSWER}) is recomputed as the
 * answer it stored.
 */
@Service
public class ReportManifests {

    private static final Logger log = LoggerFactory.getLogger(ReportManifests.class);
    private static final int MAX_DIFFERENCES = 50;
    /** The first key of the advisory locks on manifests being sealed (the second is a hash of the id). */
    private static final int SEAL_LOCK = 7317004;

    private final JdbcTemplate jdbc;
    private final ReportService reports;
    private final ObjectProvider<ManifestKind> kinds;
    private final ObjectMapper canonical;
    private final ImportsInProgress imports;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /**
     * Ids this node has stored lately. The same question at the same position is the same manifest (the id is made
     * of both), so a repeated report need not serialise its answer canonically and write it again only to be
     * refused by the primary key: the figures are still computed every time, only the second store is skipped.
     * A report is asked again soon after (a page reloaded, its export, its print view), so the 10,000 ids used
     * last (about a megabyte) catch the repeats; an id forgotten costs one refused insert, never a wrong answer.
     */
    private final Cache<String, Boolean> stored;
    private static final int MANIFESTS_REMEMBERED = 10_000;

    public ReportManifests(JdbcTemplate jdbc, ReportService reports, ObjectMapper json, ImportsInProgress imports,
                           PlatformTransactionManager transactions, ObjectProvider<ManifestKind> kinds, Clock clock,
                           Caches caches) {
        this.clock = clock;
        this.stored = caches.build("report-manifests-stored", Caffeine.newBuilder().maximumSize(MANIFESTS_REMEMBERED));
        this.kinds = kinds;
        this.imports = imports;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.reports = reports;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    }

    /**
     * One stored manifest: {@code figures} is the text its {@code figuresHash} is over, a {@link FiguresDocument} of
     * format {@code figuresFormat} (or, for {@value FiguresDocument#ANSWER}, the whole answer as stored before).
     */
    public record Manifest(String id, Instant createdAt, String createdBy, ReportQuery query, List<String> scope,
                           long position, String definitions, String figuresFormat, String figures, String figuresHash,
                           String eventsHash, Integer events, Integer journeys, Instant sealedAt, Boolean consistent,
                           Subject subject) {

        boolean sealed() {
            return eventsHash != null;
        }
    }

    /**
     * What a manifest is of: the participant report, or another kind of report computed under a stored version
     * of a definition (its id, version and the SHA-256 of its content).
     */
    public record Subject(String kind, String definitionId, Integer definitionVersion, String definitionSha256) {

        public static final Subject PARTICIPANTS = new Subject("participants", null, null, null);

        public boolean isParticipantReport() {
            return PARTICIPANTS.kind().equals(kind);
        }
    }

    /**
     * Stores the manifest of a report (once per question and position) with its figures document; returns its id.
     */
    public String record(Subject subject, ReportQuery query, List<String> scope, long position, String figures,
                         Caller caller) {
        String id = idOf(subject, query, scope, position);
        if (stored.getIfPresent(id) != null) {
            return id;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO report_manifest (id, created_by, association, "
                    + "initiatives, period_from, period_to, as_of, compare, position, definitions, figures, figures_hash, "
                    + "kind, definition_id, definition_version, definition_sha256, figures_format) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
            statement.setString(1, id);
            statement.setString(2, caller.username());
            statement.setString(3, query.association());
            statement.setArray(4, connection.createArrayOf("text", scope.toArray()));
            statement.setDate(5, Date.valueOf(query.from()));
            statement.setDate(6, Date.valueOf(query.to()));
            statement.setString(7, query.asOf() == null ? null : query.asOf().toString());
            statement.setBoolean(8, query.comparePrevious());
            statement.setLong(9, position);
            statement.setString(10, ParticipantReportDefinitions.VERSION);
            statement.setString(11, figures);
            statement.setString(12, sha256(figures));
            statement.setString(13, subject.kind());
            statement.setString(14, subject.definitionId());
            statement.setObject(15, subject.definitionVersion());
            statement.setString(16, subject.definitionSha256());
            statement.setString(17, FiguresDocument.VERSION);
            return statement;
        });
        stored.put(id, Boolean.TRUE);
        return id;
    }

    /**
     * The manifest, if the caller may read every initiative of its scope; else the answer for a manifest that does
     * not exist, which names no initiative the caller may not read.
     */
    public Manifest find(String id, Caller caller) {
        if (caller.roles().isEmpty()) {
            // Before looking: a user without a role may read no manifest, and is told so whether it exists or not.
            throw new ForbiddenException("user '" + caller.username() + "' has no role yet; an administrator gives "
                    + "users their roles");
        }
        List<Manifest> found = jdbc.query("SELECT * FROM report_manifest WHERE id = ?", ReportManifests::manifest, id);
        if (found.isEmpty() || !found.get(0).scope().stream().allMatch(caller::mayRead)) {
            throw new NotFoundException("there is no report manifest '" + id + "'");
        }
        return found.get(0);
    }

    /** The manifest sealed (its events hash computed) if it was not yet. */
    public Manifest sealed(Manifest manifest) {
        return manifest.sealed() ? manifest : seal(manifest);
    }

    private Manifest reload(String id) {
        return jdbc.query("SELECT * FROM report_manifest WHERE id = ?", ReportManifests::manifest, id).get(0);
    }

    /** The result of re-running a manifest against the event table as it is now. */
    public record Verification(boolean verified, boolean figuresIdentical, boolean eventsHashIdentical,
                               String figuresHash, String eventsHash, int events, int journeys,
                               List<Difference> differences, Instant checkedAt) {
    }

    /**
     * A figure that differs between the manifest and its recomputation: its dotted path ({@code previous.} and the
     * path for last year's), and its value in each (exact, as the figures document has it; or as the answer had it
     * for a manifest of format {@value FiguresDocument#ANSWER}).
     */
    public record Difference(String cell, JsonNode published, JsonNode recomputed) {
    }

    /** Recomputes the report of a manifest from the event table and compares figures and events hash. */
    public Verification verify(Manifest manifest) {
        Manifest stored = sealed(manifest);
        Recomputed again = recompute(stored);
        boolean figuresIdentical = again.figuresHash().equals(stored.figuresHash());
        boolean hashIdentical = again.folded().eventsHash().equals(stored.eventsHash());
        List<Difference> differences = figuresIdentical ? List.of()
                : differences(stored.figuresFormat(), stored.figures(), again.figures());
        return new Verification(figuresIdentical && hashIdentical, figuresIdentical, hashIdentical,
                again.figuresHash(), again.folded().eventsHash(), again.folded().events(),
                again.folded().journeys().size(), differences, clock.instant());
    }

    /**
     * Seals the oldest manifest still waiting for its events hash that no other node is sealing, one per run and
     * not while this node imports: sealing is background work (a viewer asking for an unsealed manifest seals it
     * at once).
     */
    @Scheduled(initialDelayString = "${journey.manifests.seal-delay-ms:2000}",
            fixedDelayString = "${journey.manifests.seal-delay-ms:2000}")
    public void sealWaiting() {
        if (imports.any()) {
            return;
        }
        List<String> waiting = jdbc.queryForList("SELECT id FROM report_manifest WHERE events_hash IS NULL "
                + "ORDER BY created_at LIMIT 10", String.class);
        for (String id : waiting) {
            try {
                if (seal(id, false) != null) {
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("sealing report manifest {} failed: {}", id, e.toString());
                return;
            }
        }
    }

    /** Seals a manifest once: a viewer and the background sealers of every node asking together share one. */
    private Manifest seal(Manifest manifest) {
        return seal(manifest.id(), true);
    }

    /**
     * Seals the manifest under a transaction-level advisory lock on its id, so that of the nodes (and threads)
     * asking at once one computes and the others find it sealed. Without {@code wait}, null when another holds
     * the lock.
     */
    private Manifest seal(String id, boolean wait) {
        return transaction.execute(status -> {
            if (wait) {
                jdbc.queryForObject("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) l", Integer.class,
                        SEAL_LOCK, id);
            } else if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?, hashtext(?))",
                    Boolean.class, SEAL_LOCK, id))) {
                return null;
            }
            Manifest current = reload(id);
            return current.sealed() ? current : computeSeal(current);
        });
    }

    private Manifest computeSeal(Manifest manifest) {
        Recomputed again = recompute(manifest);
        boolean consistent = again.figuresHash().equals(manifest.figuresHash());
        if (!consistent) {
            log.error("report manifest {}: the figures recomputed from the event table at position {} differ from "
                    + "the figures answered; the read model disagrees with the events", manifest.id(), manifest.position());
        }
        jdbc.update("UPDATE report_manifest SET events_hash = ?, events = ?, journeys = ?, sealed_at = now(), "
                        + "consistent = ? WHERE id = ? AND events_hash IS NULL", again.folded().eventsHash(),
                again.folded().events(), again.folded().journeys().size(), consistent, manifest.id());
        return reload(manifest.id());
    }

    private record Recomputed(ReportService.Folded folded, String figures, String figuresHash) {
    }

    private Recomputed recompute(Manifest manifest) {
        ReportQuery query = manifest.query();
        ReportService.Folded journeys = reports.fold(manifest.scope(), ReportService.loadedPeriod(query),
                manifest.position(), query.asOf());
        ReportKind<?, ?> kind = kindOf(manifest.subject());
        ReportService.Folded folded = kind.contributing(manifest, journeys);
        String figures = figures(kind, manifest, JourneyColumns.of(folded.journeys()));
        return new Recomputed(folded, figures, sha256(figures));
    }

    /** The manifest's figures recomputed from the journeys, written as the manifest wrote them (its format). */
    private <F> String figures(ReportKind<F, ?> kind, Manifest manifest, JourneyColumns journeys) {
        F figures = kind.compute(manifest.query(), manifest.scope(), manifest.position(), journeys);
        return FiguresDocument.ANSWER.equals(manifest.figuresFormat()) ? canonicalJson(kind.answerAsStored(figures))
                : kind.figuresDocument(figures);
    }

    private ReportKind<?, ?> kindOf(Subject subject) {
        return kinds.orderedStream().filter(kind -> kind.name().equals(subject.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no kind of report '" + subject.kind() + "' to recompute"))
                .of(subject);
    }

    /** The manifest as the API shows it. */
    public ManifestView view(Manifest manifest) {
        ReportQuery query = manifest.query();
        Subject subject = manifest.subject();
        String link = "/api/v1/reports/manifests/" + manifest.id();
        return new ManifestView(manifest.id(), manifest.createdAt().toString(), manifest.createdBy(),
                ScopeAnswer.of(query, manifest.scope()), PeriodAnswer.of(query.from(), query.to()),
                query.asOf() == null ? null : query.asOf().toString(), query.comparePrevious() ? "previous" : null,
                manifest.position(), manifest.definitions(), subject.kind(), subject.definitionId() == null ? null
                : new DefinitionAnswer(subject.definitionId(), subject.definitionVersion(), subject.definitionSha256()),
                manifest.figuresFormat(), manifest.figuresHash(), manifest.eventsHash(), manifest.events(),
                manifest.journeys(), manifest.sealedAt() == null ? null : manifest.sealedAt().toString(),
                manifest.consistent(), readTree(manifest.figures()), link + "/verify", link + "/restatement");
    }

    private String idOf(Subject subject, ReportQuery query, List<String> scope, long position) {
        // A participant report's question reads as it always has, so its manifests keep their ids.
        String what = subject.isParticipantReport() ? subject.kind() : String.join("|", subject.kind(),
                subject.definitionId(), String.valueOf(subject.definitionVersion()), subject.definitionSha256());
        String question = String.join("|", what, String.valueOf(query.association()), String.join(",", scope),
                query.from().toString(), query.to().toString(), String.valueOf(query.asOf()),
                String.valueOf(query.comparePrevious()), Long.toString(position), ParticipantReportDefinitions.VERSION);
        return "m-" + sha256(question).substring(0, 32);
    }

    /** The answer as JSON with every object's keys sorted: the same figures always give the same text. */
    String canonicalJson(Object value) {
        try {
            return canonical.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report answer could not be written as JSON", e);
        }
    }

    private JsonNode readTree(String jsonText) {
        try {
            return canonical.readTree(jsonText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored manifest is not valid JSON", e);
        }
    }

    /**
     * The figures that differ: a figures document's cells by their paths (last year's as {@code previous.} and the
     * path), an answer's leaves by their dotted paths; at most {@value #MAX_DIFFERENCES}.
     */
    private List<Difference> differences(String format, String published, String recomputed) {
        List<Difference> differences = new ArrayList<>();
        JsonNode then = readTree(published);
        JsonNode now = readTree(recomputed);
        if (FiguresDocument.ANSWER.equals(format)) {
            compare("", then, now, differences);
            return differences;
        }
        for (String name : names(then, now)) {
            String prefix = name.equals("cells") ? "" : name.equals("previousCells") ? "previous." : null;
            if (prefix == null) {
                compare(name, then.get(name), now.get(name), differences);
            } else {
                for (String cell : names(then.path(name), now.path(name))) {
                    compare(prefix + cell, then.path(name).get(cell), now.path(name).get(cell), differences);
                }
            }
        }
        return differences;
    }

    /** The field names of two objects: the first's, then those only the second has. */
    private static List<String> names(JsonNode then, JsonNode now) {
        List<String> names = new ArrayList<>();
        then.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(name -> {
            if (!then.has(name)) {
                names.add(name);
            }
        });
        return names;
    }

    private static void compare(String path, JsonNode then, JsonNode now, List<Difference> differences) {
        if (differences.size() >= MAX_DIFFERENCES || (then != null && then.equals(now))) {
            return;
        }
        if (then != null && now != null && then.isObject() && now.isObject()) {
            for (String name : names(then, now)) {
                compare(path.isEmpty() ? name : path + "." + name, then.get(name), now.get(name), differences);
            }
            return;
        }
        differences.add(new Difference(path, then, now));
    }

    static String sha256(String text) {
        MessageDigest digest = JourneyEventTable.sha256();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Manifest manifest(ResultSet rs, int row) throws SQLException {
        Array initiatives = rs.getArray("initiatives");
        List<String> scope = Arrays.asList((String[]) initiatives.getArray());
        String asOf = rs.getString("as_of");
        ReportQuery query = new ReportQuery(rs.getString("association") == null ? scope : List.of(),
                rs.getString("association"), rs.getDate("period_from").toLocalDate(),
                rs.getDate("period_to").toLocalDate(), asOf == null ? null : Instant.parse(asOf),
                rs.getBoolean("compare"), null);
        Timestamp sealedAt = rs.getTimestamp("sealed_at");
        return new Manifest(rs.getString("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                query, List.copyOf(scope), rs.getLong("position"), rs.getString("definitions"),
                rs.getString("figures_format"), rs.getString("figures"),
                rs.getString("figures_hash").trim(), Optional.ofNullable(rs.getString("events_hash")).map(String::trim)
                .orElse(null), (Integer) rs.getObject("events"), (Integer) rs.getObject("journeys"),
                sealedAt == null ? null : sealedAt.toInstant(), (Boolean) rs.getObject("consistent"),
                new Subject(rs.getString("kind"), rs.getString("definition_id"),
                        (Integer) rs.getObject("definition_version"),
                        Optional.ofNullable(rs.getString("definition_sha256")).map(String::trim).orElse(null)));
    }
}
