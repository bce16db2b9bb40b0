package io.planmon.indicator.service;

import io.planmon.indicator.domain.EvaluatedPeriod;
import io.planmon.indicator.service.SeriesEvaluator.Change;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The evaluation and evaluation_status_change tables in JDBC batches: the stored evaluations from a period on in one
 * read, then the changed ones in at most three round trips (one UPDATE of all changed rows, the inserts and the
 * status changes as JDBC batches).
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
    // One statement for all changed rows: 500 single-row UPDATEs in a JDBC batch are still 500 statements for the
    // server to plan and run (a backfill or a correction changes every later period).
    private static final String UPDATE = "update evaluation e set value = u.value, status = u.status,"
            + " expected = u.expected, gap = u.gap, reference_value = u.reference_value,"
            + " progress_ratio = u.progress_ratio, reason = u.reason, reason_en = u.reason_en, evaluated_at = ?"
            + " from unnest(?::bigint[], ?::numeric[], ?::varchar[], ?::numeric[], ?::numeric[], ?::numeric[],"
            + " ?::numeric[], ?::text[], ?::text[])"
            + " as u(id, value, status, expected, gap, reference_value, progress_ratio, reason, reason_en)"
            + " where e.id = u.id";
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
        List<EvaluatedPeriod> updated = new ArrayList<>();
        jdbc.call(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT);
                    PreparedStatement history = c.prepareStatement(STATUS_CHANGE)) {
                int inserts = 0;
                int moves = 0;
                for (Change change : changes) {
                    EvaluatedPeriod e = change.now();
                    if (change.stored()) {
                        updated.add(e);
                    } else {
                        insert.setBigDecimal(1, e.value());
                        insert.setString(2, e.status());
                        insert.setBigDecimal(3, e.expected());
                        insert.setBigDecimal(4, e.gap());
                        insert.setBigDecimal(5, e.referenceValue());
                        insert.setBigDecimal(6, e.progressRatio());
                        insert.setString(7, e.reason());
                        insert.setString(8, e.reasonEn());
                        insert.setObject(9, when);
                        insert.setString(10, code);
                        insert.setString(11, e.period());
                        insert.addBatch();
                        inserts++;
                    }
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
                update(c, updated, when);
                execute(insert, inserts);
                execute(history, moves);
            }
            return null;
        });
    }

    private void update(Connection c, List<EvaluatedPeriod> rows, OffsetDateTime when) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            update.setObject(1, when);
            update.setArray(
                    2,
                    c.createArrayOf(
                            "bigint", rows.stream().map(EvaluatedPeriod::id).toArray()));
            update.setArray(3, numbers(c, rows, EvaluatedPeriod::value));
            update.setArray(
                    4,
                    c.createArrayOf(
                            "varchar",
                            rows.stream().map(EvaluatedPeriod::status).toArray()));
            update.setArray(5, numbers(c, rows, EvaluatedPeriod::expected));
            update.setArray(6, numbers(c, rows, EvaluatedPeriod::gap));
            update.setArray(7, numbers(c, rows, EvaluatedPeriod::referenceValue));
            update.setArray(8, numbers(c, rows, EvaluatedPeriod::progressRatio));
            update.setArray(
                    9,
                    c.createArrayOf(
                            "text", rows.stream().map(EvaluatedPeriod::reason).toArray()));
            update.setArray(
                    10,
                    c.createArrayOf(
                            "text", rows.stream().map(EvaluatedPeriod::reasonEn).toArray()));
            jdbc.counted();
            update.executeUpdate();
        }
    }

    private static Array numbers(Connection c, List<EvaluatedPeriod> rows, Function<EvaluatedPeriod, BigDecimal> column)
            throws SQLException {
        return c.createArrayOf("numeric", rows.stream().map(column).toArray());
    }

    private void execute(PreparedStatement batch, int rows) throws SQLException {
        if (rows > 0) {
            jdbc.counted();
            batch.executeBatch();
        }
    }
}
