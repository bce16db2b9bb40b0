package io.planmon.devstack.postgres;

import io.planmon.devstack.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The {@code planmon} database on an embedded server: its name and credentials, which the stack, the benchmarks and
 * the test resource all connect with, and its creation, which a fresh data directory needs once.
 */
public final class PlanmonDatabase {

    public static final String NAME = "planmon";
    public static final String USER = "postgres";
    /** The server trusts local connections, so any password works; services still need one to send. */
    public static final String PASSWORD = "postgres";

    private PlanmonDatabase() {}

    /** The planmon database of the embedded server on this port. */
    static Database at(int port) {
        return new Database("jdbc:postgresql://localhost:" + port + "/" + NAME, USER, PASSWORD);
    }

    /** Creates the database through the server's {@code postgres} database, unless an earlier start did. */
    static void createIfMissing(DataSource server) throws SQLException {
        try (Connection connection = server.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, NAME);
            try (ResultSet result = query.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + NAME);
            }
        }
    }
}
