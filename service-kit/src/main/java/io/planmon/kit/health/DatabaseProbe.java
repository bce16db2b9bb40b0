package io.planmon.kit.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.postgresql.Driver;

/**
 * The health check's own connection to the service's database, beside the pool. Asked through the pool, a check saw a
 * pool busy with a bulk import as a database that is down (an acquisition timeout), and readiness then took the
 * instance out of the load balancer exactly when it was working hardest. One connection, opened again after a
 * failure, with short socket timeouts so that a database that does not answer never holds the checker.
 */
@ApplicationScoped
public class DatabaseProbe {
    private static final String JDBC_PROPERTIES = "quarkus.datasource.jdbc.additional-jdbc-properties.";

    private final String url;
    private final Properties properties = new Properties();
    private Connection connection; // the checker's thread only

    public DatabaseProbe(Config config) {
        this.url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(JDBC_PROPERTIES)) { // e.g. currentSchema: the backlog query names no schema
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> properties.setProperty(name.substring(JDBC_PROPERTIES.length()), value));
            }
        }
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "3");
        properties.setProperty("ApplicationName", "planmon-health");
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
            connection = new Driver().connect(url, properties);
            if (connection == null) {
                throw new SQLException("not a PostgreSQL URL: " + url);
            }
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
