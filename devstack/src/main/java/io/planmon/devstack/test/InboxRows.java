package io.planmon.devstack.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads the service kit's inbox ({@code processed_event}) of a service under test: whether a consumer took an event in,
 * which the services' tests check after a failure that must roll the intake back, and after the retry that succeeds.
 */
public final class InboxRows {
    private InboxRows() {}

    /** The rows of {@code consumer} for {@code eventId}: 1 once it was processed, 0 while it was not. */
    public static long count(DataSource db, String consumer, String eventId) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            q.setString(1, consumer);
            q.setString(2, eventId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
