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
