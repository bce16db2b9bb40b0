package io.planmon.indicator.messaging;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes and reads outbox rows in plain SQL, as another instance of the service (or a bulk import) commits them: the
 * rows do not pass through this instance's {@code Outbox}, so only the database can tell its relay about them.
 */
final class OutboxRowsSql {
    /** Where the connections come from. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections db;

    OutboxRowsSql(AgroalDataSource db) {
        this(db::getConnection);
    }

    /** Through connections of their own, as another instance has: its notifications are not this instance's. */
    OutboxRowsSql(Connections db) {
        this.db = db;
    }

    /** Inserts one row per payload, in this order (ids ascending), all of {@code key}, in one transaction. */
    void insert(String topic, String key, String... payloads) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement("insert into outbox_event"
                        + " (event_id, event_type, topic, message_key, payload, created_at)"
                        + " values (?, 'io.planmon.test.v1', ?, ?, ?, now())")) {
            for (String payload : payloads) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, topic);
                s.setString(3, key);
                s.setString(4, payload);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Inserts {@code count} rows of {@code key} in one statement, with the payloads 1, 2, … count in id order. */
    void insertSeries(String topic, String key, int count) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = c.prepareStatement("insert into outbox_event"
                        + " (event_id, event_type, topic, message_key, payload, created_at)"
                        + " select gen_random_uuid()::text, 'io.planmon.test.v1', ?, ?, g.n::text, now()"
                        + " from generate_series(1, ?) as g(n) order by g.n")) {
            s.setString(1, topic);
            s.setString(2, key);
            s.setInt(3, count);
            s.executeUpdate();
        }
    }

    void execute(String sql, String... parameters) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = bound(c, sql, parameters)) {
            s.executeUpdate();
        }
    }

    /** The first column of the first row of {@code sql}, as a string (null if no row). */
    String query(String sql, String... parameters) throws SQLException {
        try (Connection c = db.open();
                PreparedStatement s = bound(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** {@code sql} prepared with {@code parameters} bound as strings, in order. */
    private static PreparedStatement bound(Connection c, String sql, String... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setString(i + 1, parameters[i]);
        }
        return s;
    }
}
