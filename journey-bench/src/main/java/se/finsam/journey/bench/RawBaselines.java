package se.finsam.journey.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.postgresql.PGConnection;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * What the machine and database allow without the service, on the same rows: the events the import stored, inserted
 * again with plain batched JDBC (2,000 rows per transaction, the import's chunk size) and with COPY into scratch
 * tables of the event table's shape; and every stored event read in order and deserialised as the rebuild does.
 */
final class RawBaselines {

    private static final String COLUMNS = "aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
            + "payloadrevision, payloadtype, timestamp";

    /** The baselines insert at most this many of the stored rows (a rate needs no more; all of ten million would not fit in memory). */
    static final int MOST_ROWS = 1_000_000;

    private final String url;

    RawBaselines(String url) {
        this.url = url;
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private record Row(String aggregate, long sequence, String type, byte[] metadata, byte[] payload, String revision,
                       String payloadType, String timestamp) {
    }

    /** Seconds to insert the stored events (at most {@value #MOST_ROWS}) again with batched JDBC, and with COPY: {jdbc, copy, rows}. */
    double[] insertAndCopy() throws Exception {
        try (Connection connection = connect(); Statement ddl = connection.createStatement()) {
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ddl.executeQuery("SELECT aggregateidentifier, sequencenumber, type, metadata, payload, "
                    + "payloadrevision, payloadtype, timestamp FROM domainevententry ORDER BY globalindex LIMIT " + MOST_ROWS)) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            for (String table : List.of("bench_jdbc", "bench_copy")) {
                // Own sequences, so that the event table's global index gets no gaps from the baselines.
                ddl.execute("DROP TABLE IF EXISTS " + table);
                ddl.execute("CREATE TABLE " + table + " (LIKE domainevententry INCLUDING ALL)");
                ddl.execute("CREATE SEQUENCE IF NOT EXISTS " + table + "_seq");
                ddl.execute("ALTER TABLE " + table + " ALTER COLUMN globalindex SET DEFAULT nextval('" + table + "_seq')");
            }
            double jdbc = batchedInsert(connection, rows);
            double copy = copy(connection, rows);
            connection.setAutoCommit(true);
            ddl.execute("DROP TABLE bench_jdbc");
            ddl.execute("DROP TABLE bench_copy");
            return new double[]{jdbc, copy, rows.size()};
        }
    }

    private static double batchedInsert(Connection connection, List<Row> rows) throws Exception {
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_jdbc (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Row row : rows) {
                insert.setString(1, row.aggregate());
                insert.setLong(2, row.sequence());
                insert.setString(3, row.type());
                insert.setString(4, UUID.randomUUID().toString());
                insert.setBytes(5, row.metadata());
                insert.setBytes(6, row.payload());
                insert.setString(7, row.revision());
                insert.setString(8, row.payloadType());
                insert.setString(9, row.timestamp());
                insert.addBatch();
                if (++n % 2000 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** COPY in text format, the rows encoded inside the timing (as the import must parse its lines inside its own). */
    private static double copy(Connection connection, List<Row> rows) throws Exception {
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        ByteArrayOutputStream text = new ByteArrayOutputStream(rows.size() * 400);
        HexFormat hex = HexFormat.of();
        for (Row row : rows) {
            String line = String.join("\t", row.aggregate(), Long.toString(row.sequence()), nullable(row.type()),
                    UUID.randomUUID().toString(), row.metadata() == null ? "\\N" : "\\\\x" + hex.formatHex(row.metadata()),
                    "\\\\x" + hex.formatHex(row.payload()), nullable(row.revision()), row.payloadType(), row.timestamp());
            text.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy (" + COLUMNS + ") FROM STDIN",
                new ByteArrayInputStream(text.toByteArray()));
        connection.commit();
        return (System.nanoTime() - start) / 1e9;
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }

    /** Seconds to read every stored event in order and deserialise it with Axon's Jackson serializer; and the count. */
    double[] readAndDeserialise() throws Exception {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JsonMapper.builder().findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()).build();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long events = 0;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT payloadtype, payloadrevision, payload FROM domainevententry ORDER BY globalindex")) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Object event = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(3), byte[].class,
                                rs.getString(1), rs.getString(2)));
                        if (event instanceof JourneyEvent) {
                            events++;
                        }
                    }
                }
            }
            connection.commit();
            return new double[]{(System.nanoTime() - start) / 1e9, events};
        }
    }

    long count(String sql) throws Exception {
        try (Connection connection = connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String text(String sql) throws Exception {
        try (Connection connection = connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
