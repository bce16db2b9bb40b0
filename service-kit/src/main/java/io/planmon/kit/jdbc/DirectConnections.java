package io.planmon.kit.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens a connection to the service's own database and schema beside the pool, for the few threads that must never
 * wait for a pool connection: the outbox's LISTEN (it holds its connection for good) and the health check (a pool
 * that a bulk import keeps busy is not a database that is down).
 */
@ApplicationScoped
public class DirectConnections {
    private final String url;
    private final Properties credentials = new Properties();

    DirectConnections(
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema")
                    Optional<String> schema) {
        this.url = url;
        user.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
        // the statements on these connections name no schema, as the pool's do not
        schema.ifPresent(s -> credentials.setProperty("currentSchema", s));
    }

    /**
     * @param applicationName what {@code pg_stat_activity} shows for the connection
     * @param settings further PostgreSQL JDBC settings, e.g. {@code socketTimeout}
     */
    public Connection open(String applicationName, Map<String, String> settings) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(credentials);
        properties.putAll(settings);
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(url, properties);
    }
}
