package io.planmon.kit.health;

import io.planmon.kit.jdbc.DirectConnections;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The health check's own connection to the service's database, beside the pool. Asked through the pool, a check saw a
 * pool busy with a bulk import as a database that is down (an acquisition timeout), and readiness then took the
 * instance out of the load balancer exactly when it was working hardest. One connection, opened again after a
 * failure ({@link DirectConnections}).
 */
@ApplicationScoped
public class DatabaseProbe {
    // Short timeouts (seconds): a database that does not answer must never hold the checker.
    private static final Map<String, String> TIMEOUTS = Map.of("connectTimeout", "2", "socketTimeout", "3");

    private final DirectConnections connections;
    private Connection connection; // the checker's thread only

    public DatabaseProbe(DirectConnections connections) {
        this.connections = connections;
    }
    /** The outbox backlog as {pending rows, age of the oldest in seconds}; throws if the database does not answer. */
    synchronized double[] outboxBacklog() throws SQLException {
        try (Statement query = open().createStatement();
                ResultSet backlog = query.executeQuery("select count(*),"
                        + " coalesce(extract(epoch from (now() - min(created_at))), 0)"
                        + " from outbox_event where published_at is null")) {
            backlog.next();
            return new double[] {backlog.getLong(1), backlog.getDouble(2)};
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    private Connection open() throws SQLException {
        if (connection == null) {
            connection = connections.open("planmon-health", TIMEOUTS);
        }
        return connection;
    }

    synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is being thrown away because it failed
            }
            connection = null;
        }
    }
}
