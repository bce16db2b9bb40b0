package io.planmon.devstack.bench;

import io.planmon.devstack.Database;
import io.planmon.devstack.StackException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * PostgreSQL's own upsert rate on the same server: 500-row multi-row {@code INSERT … ON CONFLICT DO UPDATE} into a
 * plain table with the observation table's columns, from one connection, one statement (and transaction) per batch.
 * The table is created in the public schema, never in a service's, and dropped at the end.
 */
final class PlainUpsert {
    private static final String TABLE = "public.planmon_bench_upsert";
    private static final int COLUMNS = 7;

    private final Database database;

    PlainUpsert(Database database) {
        this.database = database;
    }

    /**
     * Upserts {@code batches} batches of {@code rows} rows over {@code keys} distinct (indicator, period) keys, after
     * {@code warmup} unmeasured ones; returns rows per second.
     */
    double rowsPerSecond(int warmup, int batches, int rows, int keys) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists " + TABLE);
                s.execute("create table " + TABLE + " (id bigint generated always as identity primary key,"
                        + " indicator_code varchar(64) not null, period varchar(16) not null,"
                        + " value numeric(20, 6) not null, revision int not null, note text,"
                        + " recorded_by varchar(128) not null, recorded_at timestamp with time zone not null,"
                        + " unique (indicator_code, period))");
            }
            try (PreparedStatement upsert = c.prepareStatement(sql(rows))) {
                for (int b = 0; b < warmup; b++) {
                    run(upsert, b, rows, keys);
                }
                long begin = System.nanoTime();
                for (int b = 0; b < batches; b++) {
                    run(upsert, warmup + b, rows, keys);
                }
                return (double) batches * rows / ((System.nanoTime() - begin) / 1e9);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("drop table if exists " + TABLE);
                }
            }
        } catch (SQLException e) {
            throw new StackException("the plain upsert failed: " + e.getMessage(), e);
        }
    }

    private static void run(PreparedStatement upsert, int batch, int rows, int keys) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        int p = 1;
        for (int i = 0; i < rows; i++) {
            int key = (batch * rows + i) % keys;
            upsert.setString(p++, "BENCH_" + key % 4);
            upsert.setString(p++, SyntheticRows.month(key / 4));
            upsert.setBigDecimal(p++, new BigDecimal(SyntheticRows.value(key, batch)));
            upsert.setInt(p++, 1);
            upsert.setString(p++, SyntheticRows.NOTE);
            upsert.setString(p++, "dept-stats");
            upsert.setTimestamp(p++, now);
        }
        upsert.executeUpdate();
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder("insert into " + TABLE
                + " as t (indicator_code, period, value, revision, note, recorded_by, recorded_at) values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",")
                    .append("(?")
                    .append(",?".repeat(COLUMNS - 1))
                    .append(')');
        }
        return sql.append(" on conflict (indicator_code, period) do update set value = excluded.value,"
                        + " revision = t.revision + 1, note = excluded.note, recorded_by = excluded.recorded_by,"
                        + " recorded_at = excluded.recorded_at")
                .toString();
    }
}
