package io.planmon.e2e;

import io.planmon.devstack.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the system tests read of a service's outbox straight from the database: its unpublished rows. */
final class OutboxRows {
    private OutboxRows() {}

    /** The rows of {@code schema}'s outbox not yet published, across all instances of that service. */
    static long pending(Database database, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select count(*) from " + schema + ".outbox_event where published_at is null")) {
            r.next();
            return r.getLong(1);
        }
    }
}
