package io.planmon.indicator.service;

import io.planmon.indicator.service.SeriesChange.Current;
import io.planmon.indicator.service.SeriesChange.Revision;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The observation and observation_revision tables in set-based SQL: one read of a series, one multi-row upsert of
 * the current values (unnest of arrays) and one multi-row insert of the revisions, however many rows a group has.
 */
@ApplicationScoped
public class ObservationStore {
    private static final String CURRENT = "select period, value, revision, note, recorded_by, recorded_at"
            + " from observation where indicator_code = ?";
    private static final String VALUES = "select period, value from observation where indicator_code = ?";
    private static final String UPSERT = "insert into observation"
            + " (indicator_code, period, value, revision, note, recorded_by, recorded_at)"
            + " select ?, u.period, u.value, u.revision, u.note, ?, ?"
            + " from unnest(?::varchar[], ?::numeric[], ?::int[], ?::text[]) as u(period, value, revision, note)"
            + " on conflict (indicator_code, period) do update set value = excluded.value,"
            + " revision = excluded.revision, note = excluded.note, recorded_by = excluded.recorded_by,"
            + " recorded_at = excluded.recorded_at"
            + " returning id, period";
    private static final String REVISIONS = "insert into observation_revision"
            + " (observation_id, revision, value, previous_value, note, recorded_by, recorded_at)"
            + " select u.id, u.revision, u.value, u.previous, u.note, ?, ?"
            + " from unnest(?::bigint[], ?::int[], ?::numeric[], ?::numeric[], ?::text[])"
            + " as u(id, revision, value, previous, note)";

    private final Jdbc jdbc;

    public ObservationStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every period's current value of an indicator, with what an unchanged push answers. */
    Map<String, Current> current(String code) {
        return jdbc.call(c -> {
            Map<String, Current> current = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(CURRENT)) {
                select.setString(1, code);
                jdbc.counted();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        current.put(
                                rs.getString(1),
                                new Current(
                                        rs.getBigDecimal(2),
                                        rs.getInt(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getObject(6, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return current;
        });
    }

    /** Every period's current value of an indicator, in period order: a series to evaluate or to refer to. */
    NavigableMap<String, BigDecimal> values(String code) {
        return jdbc.call(c -> {
            NavigableMap<String, BigDecimal> values = new TreeMap<>();
            try (PreparedStatement select = c.prepareStatement(VALUES)) {
                select.setString(1, code);
                jdbc.counted();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                }
            }
            return values;
        });
    }

    /** Writes the new current values and their revisions: two statements. */
    void write(String code, NavigableMap<String, Current> latest, List<Revision> revisions, String by, Instant at) {
        if (latest.isEmpty()) {
            return;
        }
        jdbc.call(c -> {
            Map<String, Long> ids = upsert(c, code, latest, by, at);
            insertRevisions(c, ids, revisions, by, at);
            return null;
        });
    }

    private Map<String, Long> upsert(
            Connection c, String code, NavigableMap<String, Current> latest, String by, Instant at)
            throws SQLException {
        int n = latest.size();
        String[] periods = new String[n];
        BigDecimal[] values = new BigDecimal[n];
        Integer[] revisions = new Integer[n];
        String[] notes = new String[n];
        int i = 0;
        for (Map.Entry<String, Current> e : latest.entrySet()) {
            periods[i] = e.getKey();
            values[i] = e.getValue().value();
            revisions[i] = e.getValue().revision();
            notes[i++] = e.getValue().note();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setString(1, code);
            upsert.setString(2, by);
            upsert.setObject(3, Jdbc.timestamp(at));
            upsert.setArray(4, c.createArrayOf("varchar", periods));
            upsert.setArray(5, c.createArrayOf("numeric", values));
            upsert.setArray(6, c.createArrayOf("int4", revisions));
            upsert.setArray(7, c.createArrayOf("text", notes));
            jdbc.counted();
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private void insertRevisions(Connection c, Map<String, Long> ids, List<Revision> revisions, String by, Instant at)
            throws SQLException {
        int n = revisions.size();
        Long[] observationIds = new Long[n];
        Integer[] numbers = new Integer[n];
        BigDecimal[] values = new BigDecimal[n];
        BigDecimal[] previous = new BigDecimal[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            Revision r = revisions.get(i);
            observationIds[i] = ids.get(r.period());
            numbers[i] = r.revision();
            values[i] = r.value();
            previous[i] = r.previousValue();
            notes[i] = r.note();
        }
        try (PreparedStatement insert = c.prepareStatement(REVISIONS)) {
            insert.setString(1, by);
            insert.setObject(2, Jdbc.timestamp(at));
            insert.setArray(3, c.createArrayOf("int8", observationIds));
            insert.setArray(4, c.createArrayOf("int4", numbers));
            insert.setArray(5, c.createArrayOf("numeric", values));
            insert.setArray(6, c.createArrayOf("numeric", previous));
            insert.setArray(7, c.createArrayOf("text", notes));
            jdbc.counted();
            insert.executeUpdate();
        }
    }
}
