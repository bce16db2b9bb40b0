package io.planmon.devstack.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database outage as a service sees one, from {@link #start()}: the {@code planmon} database refuses new connections and every open one
 * is cut, until {@link #close()} opens it again. The commands run from the server's maintenance database, which
 * stays reachable. Tests share the database, so close it in a finally (try-with-resources).
 */
public final class ClosedDatabase implements AutoCloseable {
    private static final String DATABASE = "planmon";

    private ClosedDatabase() {}

    public static ClosedDatabase start() throws SQLException {
        execute("alter database " + DATABASE + " with allow_connections false");
        execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                + "' and pid <> pg_backend_pid()");
        return new ClosedDatabase();
    }

    @Override
    public void close() throws SQLException {
        execute("alter database " + DATABASE + " with allow_connections true");
    }

    private static void execute(String sql) throws SQLException {
        String maintenance = PlanmonTestResource.jdbcUrl().replaceFirst("/" + DATABASE + "(\\?|$)", "/postgres$1");
        try (Connection c = DriverManager.getConnection(
                        maintenance, PlanmonTestResource.username(), PlanmonTestResource.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
