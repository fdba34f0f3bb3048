package se.finsam.journey.api.nodes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says in the log every time this node claims or releases a segment of an event processor, and why: a takeover
 * (a node gone, a node that let its share go) must be visible when it happens, not guessed from lag afterwards.
 * Axon claims and releases through the token store, so {@link #logging} wraps it: a claim is logged with the
 * previous holder (none, this node, or another node whose claim had expired), a release with the reason its
 * caller gave ({@link #releasing}), or the node shutting down, or else the processor letting the segment go.
 */
@Component
public class SegmentClaims {

    private static final Logger log = LoggerFactory.getLogger(SegmentClaims.class);

    private final NodeName node;
    private final JdbcTemplate jdbc;
    private final Duration claimTimeout;
    private final Clock clock;
    /** Why a segment is about to be released, noted by whoever asks the processor to release it. */
    private final Map<Integer, String> releaseReasons = new ConcurrentHashMap<>();
    private volatile boolean closing;
    /** The segments this node holds, as processor/segment. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public SegmentClaims(NodeName node, JdbcTemplate jdbc, NodeProperties settings, Clock clock) {
        this.clock = clock;
        this.node = node;
        this.jdbc = jdbc;
        this.claimTimeout = settings.claimTimeout();
    }

    /** Notes why this node is about to release {@code segment}, for the log line of the release. */
    void releasing(int segment, String reason) {
        releaseReasons.put(segment, reason);
    }

    /** Published before any processor stops: every release from now on is this node shutting down. */
    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    /** The token store that Axon uses, logging each claim and release of this node. */
    public TokenStore logging(TokenStore store) {
        return new LoggingTokenStore(store);
    }

    private record Holder(String owner, Instant renewedAt) {
    }

    /** Who held the segment before this node's claim, read in the claim's own transaction. */
    private Optional<Holder> holder(String processor, int segment) {
        List<Holder> found = jdbc.query("SELECT owner, timestamp FROM tokenentry WHERE processorname = ? "
                + "AND segment = ?", (rs, n) -> new Holder(rs.getString(1),
                rs.getString(2) == null ? null : DateTimeUtils.parseInstant(rs.getString(2))), processor, segment);
        return found.stream().findFirst();
    }

    private void claimed(String processor, int segment, Optional<Holder> before) {
        String owner = before.map(Holder::owner).orElse(null);
        String why;
        if (owner == null) {
            why = "it was free (released by its last holder, or never claimed)";
        } else if (owner.equals(node.value())) {
            why = "this node held it before it restarted";
        } else {
            Instant renewed = before.get().renewedAt();
            long silent = renewed == null ? -1 : Duration.between(renewed, clock.instant()).toSeconds();
            why = "node " + owner + " is gone: it last renewed its claim " + silent + " s ago (the claim timeout is "
                    + claimTimeout.toSeconds() + " s)";
        }
        log.info("Node {} claimed segment {} of {}: {}", node.value(), segment, processor, why);
    }

    private void released(String processor, int segment) {
        String why = releaseReasons.remove(segment);
        if (why == null) {
            why = closing ? "this node is shutting down" : "its processor let it go (it was stopped, lost its claim "
                    + "to another node, or its work on the segment failed)";
        }
        log.info("Node {} released segment {} of {}: {}", node.value(), segment, processor, why);
    }

    /** Axon's token store as it is, with a log line for each claim and release. */
    private final class LoggingTokenStore implements TokenStore {

        private final TokenStore store;

        LoggingTokenStore(TokenStore store) {
            this.store = store;
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
            return claim(processorName, segment, () -> store.fetchToken(processorName, segment));
        }

        @Override
        public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
            return claim(processorName, segment.getSegmentId(), () -> store.fetchToken(processorName, segment));
        }

        /** Fetching a token claims it; only a segment this node did not hold yet is a claim worth a log line. */
        private TrackingToken claim(String processorName, int segment, Supplier<TrackingToken> fetch) {
            String key = processorName + "/" + segment;
            if (held.contains(key)) {
                return fetch.get();
            }
            Optional<Holder> before = holder(processorName, segment);
            TrackingToken token = fetch.get();
            held.add(key);
            claimed(processorName, segment, before);
            return token;
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            store.releaseClaim(processorName, segment);
            held.remove(processorName + "/" + segment);
            released(processorName, segment);
        }

        @Override
        public void initializeTokenSegments(String processorName, int segmentCount) {
            store.initializeTokenSegments(processorName, segmentCount);
        }

        @Override
        public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
            store.initializeTokenSegments(processorName, segmentCount, initialToken);
        }

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            store.storeToken(token, processorName, segment);
        }

        @Override
        public void extendClaim(String processorName, int segment) {
            store.extendClaim(processorName, segment);
        }

        @Override
        public void initializeSegment(TrackingToken token, String processorName, int segment) {
            store.initializeSegment(token, processorName, segment);
        }

        @Override
        public void deleteToken(String processorName, int segment) {
            store.deleteToken(processorName, segment);
        }

        @Override
        public boolean requiresExplicitSegmentInitialization() {
            return store.requiresExplicitSegmentInitialization();
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return store.fetchSegments(processorName);
        }

        @Override
        public List<Segment> fetchAvailableSegments(String processorName) {
            return store.fetchAvailableSegments(processorName);
        }

        @Override
        public Optional<String> retrieveStorageIdentifier() {
            return store.retrieveStorageIdentifier();
        }
    }
}
