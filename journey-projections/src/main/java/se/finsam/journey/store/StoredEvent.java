package se.finsam.journey.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * One event as {@link EventReader} hands it over: where and when it was stored, and its payload as the upcaster
 * chain and the serializer made it (the current shape of its class, whatever shape the row holds).
 */
public final class StoredEvent {

    private final Row row;
    private final Object payload;

    StoredEvent(Row row, Object payload) {
        this.row = row;
        this.payload = payload;
    }

    /** The aggregate's type as Axon stores it (its simple class name, e.g. {@code Journey}). */
    public String aggregateType() {
        return row.type;
    }

    public String aggregateId() {
        return row.aggregateId;
    }

    public long sequenceNumber() {
        return row.sequenceNumber;
    }

    /** The global position (Axon's global index). */
    public long position() {
        return row.position;
    }

    public Instant recordedAt() {
        return row.getTimestamp();
    }

    public Object payload() {
        return payload;
    }

    /**
     * The SHA-256 of the row's immutable content as stored: its identifier, aggregate, sequence number, timestamp,
     * type, revision and payload bytes (before upcasting, so that the hash of a row never changes with the code).
     */
    public byte[] contentHash() {
        MessageDigest digest = sha256();
        for (String field : new String[]{row.eventId, row.aggregateId, Long.toString(row.sequenceNumber),
                row.timestamp, row.payloadType, row.payloadRevision}) {
            field(digest, field == null ? null : field.getBytes(StandardCharsets.UTF_8));
        }
        field(digest, row.payload);
        return digest.digest();
    }

    /** A length-prefixed field, so that no two different contents hash the same bytes. */
    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A row of {@code domainevententry} as Axon's upcasters read stored events. Its tracking token carries the row
     * itself, so that what comes out of the upcaster chain (which keeps the token) still knows the row it came from,
     * however many events an upcaster makes of one.
     */
    static final class Row implements DomainEventData<byte[]>, TrackedEventData<byte[]> {
        final long position;
        final String type;
        final String aggregateId;
        final long sequenceNumber;
        final String eventId;
        final String timestamp;
        final String payloadType;
        final String payloadRevision;
        final byte[] payload;
        final byte[] metaData;
        private Instant parsedTimestamp;

        Row(long position, String type, String aggregateId, long sequenceNumber, String eventId, String timestamp,
            String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
            this.position = position;
            this.type = type;
            this.aggregateId = aggregateId;
            this.sequenceNumber = sequenceNumber;
            this.eventId = eventId;
            this.timestamp = timestamp;
            this.payloadType = payloadType;
            this.payloadRevision = payloadRevision;
            this.payload = payload;
            this.metaData = metaData;
        }

        @Override
        public TrackingToken trackingToken() {
            return new RowToken(this);
        }

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateId;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventId;
        }

        /** Parsed once, and only when asked (a rebuild never asks). */
        @Override
        public Instant getTimestamp() {
            if (parsedTimestamp == null) {
                parsedTimestamp = StoredTimestamps.parse(timestamp);
            }
            return parsedTimestamp;
        }

        @Override
        public SerializedObject<byte[]> getMetaData() {
            return new SerializedMetaData<>(metaData, byte[].class);
        }

        @Override
        public SerializedObject<byte[]> getPayload() {
            return new SimpleSerializedObject<>(payload, byte[].class, payloadType, payloadRevision);
        }
    }

    /** The row's global position as a tracking token, with the row beside it (see {@link Row}). */
    static final class RowToken extends GlobalSequenceTrackingToken {
        private static final long serialVersionUID = 1L;
        final transient Row row;

        RowToken(Row row) {
            super(row.position);
            this.row = row;
        }
    }
}
