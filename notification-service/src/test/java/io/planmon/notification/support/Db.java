package io.planmon.notification.support;

import io.planmon.devstack.test.PlanmonTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Plain JDBC on the service's schema: to see past a caller's permissions, or to leave rows as a crash would. */
public final class Db {
    private Db() {}

    public static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(
                PlanmonTestResource.jdbcUrl(), PlanmonTestResource.username(), PlanmonTestResource.password());
        c.setSchema("notification");
        return c;
    }

    /**
     * The first column of the row {@code sql} answers, as {@code type} (a count, an id an insert returns, a time);
     * {@code parameters} are bound in order. No row at all is an error of the test.
     */
    public static <T> T value(Class<T> type, String sql, Object... parameters) throws SQLException {
        try (Connection c = connect();
                PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return rs.getObject(1, type);
            }
        }
    }

    public static Optional<Long> openAlertId(String subject) throws SQLException {
        try (Connection c = connect();
                PreparedStatement q =
                        c.prepareStatement("select id from alert where subject_code = ? and state <> 'RESOLVED'")) {
            q.setString(1, subject);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
