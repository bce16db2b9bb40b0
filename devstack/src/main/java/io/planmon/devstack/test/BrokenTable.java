package io.planmon.devstack.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real database failure for a consumer: renames a table it writes, so every attempt fails as in an outage, and
 * renames it back on close. Tests share the database, so close it in a finally (try-with-resources).
 */
public final class BrokenTable implements AutoCloseable {
    private final DataSource dataSource;
    private final String table;
    private final String parked;

    private BrokenTable(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
        this.parked = table + "_parked_by_test";
    }

    public static BrokenTable rename(DataSource dataSource, String table) throws SQLException {
        BrokenTable broken = new BrokenTable(dataSource, table);
        broken.execute("alter table " + table + " rename to " + broken.parked);
        return broken;
    }

    /** Rows of the renamed table matching {@code where} (one {@code ?} for {@code value}). */
    public long count(String where, String value) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from " + parked + " where " + where)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        execute("alter table " + parked + " rename to " + table);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
