package se.finsam.journey.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.store.SettledHead;

/**
 * Links every stored event into a hash chain in global order: {@code hash(n) = SHA-256(hash(n-1) ‖ content(n))},
 * where the content is every column of the event row that can never change (identifier, journey, sequence,
 * type, payload, metadata, timestamp). Editing, deleting or slipping in a row breaks the chain from that
 * position on, which {@link #verify()} finds. The chain reaches only as far as the store's {@link SettledHead}:
 * a position the store skipped (a rolled-back insert) is passed over once no transaction that could fill it is
 * still running, every such hole at once.
 */
public class EventChain {

    private static final byte[] GENESIS = new byte[32];
    private static final int BATCH = 5000;
    private static final String COLUMNS = "e.globalindex, e.eventidentifier, e.aggregateidentifier, e.sequencenumber, "
            + "e.type, e.payloadtype, e.payloadrevision, e.payload, e.metadata, e.timestamp";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SettledHead settledHead;

    public EventChain(JdbcTemplate jdbc, TransactionTemplate transaction, SettledHead settledHead) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settledHead = settledHead;
    }

    /**
     * The result of verifying the whole chain: whether every link holds ({@code valid}), how many links were
     * checked ({@code events}) and where the first broken one is. Events stored but not linked yet are counted in
     * {@code unchainedEvents}, above {@code chainedUpTo}, with the reason in {@code unchained}, so that a verification
     * never checks fewer events than are stored without saying why.
     */
    public record Verification(boolean valid, long events, Long firstInvalidPosition, long chainedUpTo,
                               long unchainedEvents, String unchained) {
    }

    /** The newest link: the position it covers and its hash (hex), for keeping outside the database. */
    public record Head(long position, String hash, long events) {
    }

    /** Chains the settled events stored since the last link; returns how many were linked. One node at a time. */
    public synchronized int extend() {
        Integer linked = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(7317001)", Boolean.class))) {
                return 0;
            }
            Link newest = newestLink();
            long settled = settledHead.position();
            if (settled <= newest.position()) {
                return 0;
            }
            byte[] previous = newest.hash();
            List<Object[]> links = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("SELECT " + COLUMNS + " FROM domainevententry e "
                    + "WHERE e.globalindex > ? AND e.globalindex <= ? ORDER BY e.globalindex LIMIT " + BATCH,
                    newest.position(), settled)) {
                previous = link(previous, row);
                links.add(new Object[]{((Number) row.get("globalindex")).longValue(), previous});
            }
            jdbc.batchUpdate("INSERT INTO event_chain (globalindex, hash) VALUES (?, ?)", links);
            return links.size();
        });
        return linked == null ? 0 : linked;
    }

    /** Recomputes the chain from the event rows and compares every link. */
    public Verification verify() {
        long[] checked = {0};
        Long[] firstInvalid = {null};
        byte[][] previous = {GENESIS};
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT c.hash AS chained, " + COLUMNS + ", c.globalindex AS "
                    + "link FROM event_chain c LEFT JOIN domainevententry e ON e.globalindex = c.globalindex "
                    + "ORDER BY c.globalindex");
            statement.setFetchSize(5000);
            return statement;
        }, (ResultSet rs) -> {
            if (firstInvalid[0] != null) {
                return;
            }
            long position = rs.getLong("link");
            if (rs.getObject("globalindex") == null) {
                firstInvalid[0] = position;
                return;
            }
            byte[] expected = link(previous[0], row(rs));
            if (!MessageDigest.isEqual(expected, rs.getBytes("chained"))) {
                firstInvalid[0] = position;
                return;
            }
            previous[0] = expected;
            checked[0]++;
        });
        Long unchained = jdbc.queryForObject("SELECT min(e.globalindex) FROM domainevententry e WHERE e.globalindex <= "
                + "(SELECT coalesce(max(globalindex), 0) FROM event_chain) AND NOT EXISTS "
                + "(SELECT 1 FROM event_chain c WHERE c.globalindex = e.globalindex)", Long.class);
        if (unchained != null && (firstInvalid[0] == null || unchained < firstInvalid[0])) {
            firstInvalid[0] = unchained;
        }
        long chainedUpTo = newestLink().position();
        long tail = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex > ?", Long.class,
                chainedUpTo);
        return new Verification(firstInvalid[0] == null, checked[0], firstInvalid[0], chainedUpTo, tail,
                tail == 0 ? null : unchainedReason(tail, chainedUpTo));
    }

    /** Why the newest events are not linked yet, in words an auditor can act on. */
    private String unchainedReason(long tail, long chainedUpTo) {
        SettledHead.State store = settledHead.state();
        if (store.openPosition() != null && store.settled() <= chainedUpTo) {
            return tail + " events stored after position " + chainedUpTo + " are not linked yet: position "
                    + store.openPosition() + " is still empty, and a transaction that was running when it was seen "
                    + "(and may yet fill it) still runs; the chain passes over it once no such transaction is left";
        }
        return tail + " events stored after position " + chainedUpTo + " are not linked yet; the chain keeper links "
                + "them within seconds (verify again)";
    }

    /** The newest link with the number of links; counting reads the whole table, so only the audit answer asks. */
    public Head head() {
        Link newest = newestLink();
        long events = newest.position() == 0 ? 0
                : jdbc.queryForObject("SELECT count(*) FROM event_chain", Long.class);
        return new Head(newest.position(), HexFormat.of().formatHex(newest.hash()), events);
    }

    private record Link(long position, byte[] hash) {
    }

    /** The newest link (the genesis hash at position 0 before the first); extending reads it several times a second. */
    private Link newestLink() {
        return jdbc.query("SELECT globalindex, hash FROM event_chain ORDER BY globalindex DESC LIMIT 1",
                (rs, n) -> new Link(rs.getLong(1), rs.getBytes(2))).stream().findFirst()
                .orElse(new Link(0, GENESIS));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> row = new HashMap<>();
        for (String column : List.of("globalindex", "eventidentifier", "aggregateidentifier", "sequencenumber", "type",
                "payloadtype", "payloadrevision", "payload", "metadata", "timestamp")) {
            row.put(column, rs.getObject(column));
        }
        return row;
    }

    private static byte[] link(byte[] previous, Map<String, Object> row) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            digest.update(ByteBuffer.allocate(16).putLong(((Number) row.get("globalindex")).longValue())
                    .putLong(((Number) row.get("sequencenumber")).longValue()).array());
            for (String column : List.of("eventidentifier", "aggregateidentifier", "type", "payloadtype",
                    "payloadrevision", "timestamp")) {
                field(digest, row.get(column) == null ? null : row.get(column).toString().getBytes(StandardCharsets.UTF_8));
            }
            field(digest, (byte[]) row.get("payload"));
            field(digest, (byte[]) row.get("metadata"));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length-prefixed, so that moving bytes from one field to the next changes the hash. */
    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }
}
