package io.planmon.indicator.service;

import io.planmon.indicator.domain.EvaluatedPeriod;
import io.planmon.indicator.service.SeriesEvaluator.Change;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation and evaluation_status_change tables in JDBC batches: the stored evaluations from a period on in one
 * read, then the changed ones in at most three batches (updates, inserts, status changes).
 */
@ApplicationScoped
public class EvaluationStore {
    private static final String COLUMNS =
            "value, status, expected, gap, reference_value, progress_ratio, reason," + " reason_en";
    // "C" collation: period texts of one frequency sort in time order by their characters.
    private static final String FROM =
            "select id, period, " + COLUMNS + " from evaluation where indicator_code = ? and period collate \"C\" >= ?";
    private static final String OF = "select id, period, " + COLUMNS
            + " from evaluation where indicator_code = ? and period = any(?::varchar[])";
    private static final String LATEST =
            "select period, status from evaluation where indicator_code = ? order by period collate \"C\" desc limit 1";
    private static final String UPDATE = "update evaluation set value = ?, status = ?, expected = ?, gap = ?,"
            + " reference_value = ?, progress_ratio = ?, reason = ?, reason_en = ?, evaluated_at = ? where id = ?";
    private static final String INSERT = "insert into evaluation (" + COLUMNS
            + ", evaluated_at, indicator_code, period)" + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STATUS_CHANGE = "insert into evaluation_status_change"
            + " (indicator_code, period, previous_status, status, reason, reason_en, changed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;

    public EvaluationStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored evaluations of {@code code} from period {@code from} on, by period. */
    Map<String, EvaluatedPeriod> from(String code, String from) {
        return jdbc.call(c -> {
            try (PreparedStatement select = c.prepareStatement(FROM)) {
                select.setString(1, code);
                select.setString(2, from);
                return read(select);
            }
        });
    }

    /** The stored evaluations of {@code code} of the given periods, by period. */
    Map<String, EvaluatedPeriod> of(String code, List<String> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        return jdbc.call(c -> {
            try (PreparedStatement select = c.prepareStatement(OF)) {
                select.setString(1, code);
                select.setArray(2, c.createArrayOf("varchar", periods.toArray(String[]::new)));
                return read(select);
            }
        });
    }

    private Map<String, EvaluatedPeriod> read(PreparedStatement select) throws SQLException {
        Map<String, EvaluatedPeriod> stored = new HashMap<>();
        jdbc.counted();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                EvaluatedPeriod e = new EvaluatedPeriod(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getString(9),
                        rs.getString(10));
                stored.put(e.period(), e);
            }
        }
        return stored;
    }

    /** The latest stored period of an indicator and its status. */
    record Latest(String period, String status) {}

    /** The latest stored period and its status, for an indicator only some of whose periods were evaluated now. */
    Optional<Latest> latest(String code) {
        return jdbc.call(c -> {
            try (PreparedStatement select = c.prepareStatement(LATEST)) {
                select.setString(1, code);
                jdbc.counted();
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new Latest(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /** Writes the changed evaluations and a status-change row for each changed status. */
    void write(String code, List<Change> changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime when = Jdbc.timestamp(at);
        jdbc.call(c -> {
            try (PreparedStatement update = c.prepareStatement(UPDATE);
                    PreparedStatement insert = c.prepareStatement(INSERT);
                    PreparedStatement history = c.prepareStatement(STATUS_CHANGE)) {
                int updates = 0;
                int inserts = 0;
                int moves = 0;
                for (Change change : changes) {
                    EvaluatedPeriod e = change.now();
                    PreparedStatement row = change.stored() ? update : insert;
                    row.setBigDecimal(1, e.value());
                    row.setString(2, e.status());
                    row.setBigDecimal(3, e.expected());
                    row.setBigDecimal(4, e.gap());
                    row.setBigDecimal(5, e.referenceValue());
                    row.setBigDecimal(6, e.progressRatio());
                    row.setString(7, e.reason());
                    row.setString(8, e.reasonEn());
                    row.setObject(9, when);
                    if (change.stored()) {
                        update.setLong(10, e.id());
                        updates++;
                    } else {
                        insert.setString(10, code);
                        insert.setString(11, e.period());
                        inserts++;
                    }
                    row.addBatch();
                    if (change.statusChanged()) {
                        history.setString(1, code);
                        history.setString(2, e.period());
                        history.setString(3, change.previousStatus());
                        history.setString(4, e.status());
                        history.setString(5, e.reason());
                        history.setString(6, e.reasonEn());
                        history.setObject(7, when);
                        history.addBatch();
                        moves++;
                    }
                }
                execute(update, updates);
                execute(insert, inserts);
                execute(history, moves);
            }
            return null;
        });
    }

    private void execute(PreparedStatement batch, int rows) throws SQLException {
        if (rows > 0) {
            jdbc.counted();
            batch.executeBatch();
        }
    }
}
