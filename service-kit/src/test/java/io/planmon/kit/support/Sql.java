package io.planmon.kit.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC for the tests' set-ups and checks: on a connection of its own, or inside a JTA transaction on that
 * transaction's connection (Agroal hands out the enlisted one), as the kit's own plain-SQL statements run.
 */
public final class Sql {
    private Sql() {}

    /** The first column of every row of {@code sql}, as text. */
    public static List<String> strings(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = prepare(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    /** The first column of the first row, as text; null if there is no row. */
    public static String string(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        List<String> values = strings(dataSource, sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Runs a statement that returns no rows (an update, a DDL statement, a {@code set}). */
    public static void execute(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = prepare(c, sql, parameters)) {
            s.execute();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
