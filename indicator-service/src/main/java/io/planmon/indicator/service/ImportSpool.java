package io.planmon.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The spooled rows of import jobs (import_job_chunk) and their rejected rows (import_job_rejected), in plain JDBC on
 * the transaction's connection: tens of thousands of rows must not pass through the persistence context.
 */
@ApplicationScoped
public class ImportSpool {

    private final DataSource dataSource;

    public ImportSpool(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void writeChunk(UUID job, int seq, List<ImportRow> rows) {
        update(
                "insert into import_job_chunk (job_id, seq, row_count, rows) values (?, ?, ?, ?)",
                job,
                seq,
                rows.size(),
                ChunkCodec.encode(rows));
    }

    Optional<List<ImportRow>> readChunk(UUID job, int seq) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select rows from import_job_chunk where job_id = ? and seq = ?")) {
            s.setObject(1, job);
            s.setInt(2, seq);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(ChunkCodec.decode(r.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read chunk " + seq + " of import job " + job, e);
        }
    }

    /** Frees the spooled rows of a job that has ended; its counts and rejected rows stay. */
    void dropChunks(UUID job) {
        update("delete from import_job_chunk where job_id = ?", job);
    }

    /** Records rejected rows; a row already recorded (a chunk applied again after a rollback) is kept once. */
    void writeRejected(UUID job, List<ImportSummary.Rejected> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into import_job_rejected"
                        + " (job_id, row_index, indicator, period, field, message) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (job_id, row_index) do nothing")) {
            for (ImportSummary.Rejected row : rejected) {
                s.setObject(1, job);
                s.setInt(2, row.index());
                s.setString(3, row.indicator());
                s.setString(4, row.period());
                s.setString(5, row.field());
                s.setString(6, row.message() == null ? "rejected" : row.message());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the rejected rows of import job " + job, e);
        }
    }

    /** One page of a job's rejected rows, in row order. */
    public List<ImportSummary.Rejected> rejected(UUID job, int limit, int offset) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select row_index, indicator, period, field, message"
                        + " from import_job_rejected where job_id = ? order by row_index limit ? offset ?")) {
            s.setObject(1, job);
            s.setInt(2, limit);
            s.setInt(3, offset);
            try (ResultSet r = s.executeQuery()) {
                List<ImportSummary.Rejected> page = new java.util.ArrayList<>();
                while (r.next()) {
                    page.add(new ImportSummary.Rejected(
                            r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                }
                return page;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the rejected rows of import job " + job, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("import spool: " + e.getMessage(), e);
        }
    }
}
