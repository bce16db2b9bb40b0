package io.planmon.kit.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The relay's statements on {@code outbox_event}, in plain JDBC so that a round costs one select and one update
 * however large its batch (the caller's JTA transaction enlists the connection). Tables are unqualified: each
 * service's connections start in its own schema.
 */
@ApplicationScoped
class OutboxRows {
    private final AgroalDataSource dataSource;

    OutboxRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The oldest unpublished rows, locked; rows another instance holds are skipped, not waited for. */
    List<PendingEvent> claim(int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id, topic, message_key, payload from outbox_event"
                        + " where published_at is null order by id limit ? for update skip locked")) {
            s.setInt(1, limit);
            List<PendingEvent> claimed = new ArrayList<>(limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    claimed.add(new PendingEvent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            return claimed;
        }
    }

    void markPublished(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update outbox_event set published_at = now(),"
                        + " attempts = attempts + 1 where id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            s.executeUpdate();
        }
    }

    void markFailed(long id, String error) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            s.setString(1, error);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    long countPending() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select count(*) from outbox_event where published_at is null");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
