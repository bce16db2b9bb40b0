package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * V6 fills {@code critical_since} of the alerts written before it from their change history in the outbox: rows shaped
 * as the old code left them (CRITICAL, no critical_since) are inserted with their alert.changed events, and the
 * script runs again (it only fills CRITICAL rows that lack the value).
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
class CriticalSinceMigrationTest {
    private static final Instant FIRED = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant CRITICAL = Instant.parse("2026-04-01T05:00:00Z");
    private static final Instant CONTINUED = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant LAST_CHANGE = Instant.parse("2026-07-02T00:00:00Z");

    @Test
    void criticalSinceIsTheStartOfTheCurrentCriticalSpellOrElseTheLastChange() throws Exception {
        try (Connection c = Db.connect()) {
            long worsened = insertOldAlert(c, "CRITICAL");
            event(c, worsened, "CRITICAL", FIRED); // fired OFF_TRACK, then AT_RISK, then OFF_TRACK again
            event(c, worsened, "WARNING", FIRED.plusSeconds(60));
            event(c, worsened, "CRITICAL", CRITICAL);
            event(c, worsened, "CRITICAL", CONTINUED);
            long firedCritical = insertOldAlert(c, "CRITICAL");
            event(c, firedCritical, "CRITICAL", FIRED);
            long noHistory = insertOldAlert(c, "CRITICAL");
            long warning = insertOldAlert(c, "WARNING");
            event(c, warning, "CRITICAL", FIRED);
            event(c, warning, "WARNING", CRITICAL);

            runMigration(c);
            runMigration(c); // again: nothing more changes

            assertThat(criticalSince(c, worsened)).isEqualTo(CRITICAL);
            assertThat(criticalSince(c, firedCritical)).isEqualTo(FIRED);
            assertThat(criticalSince(c, noHistory)).isEqualTo(LAST_CHANGE);
            assertThat(criticalSince(c, warning)).isNull();
        }
    }

    /** An acknowledged alert (so that the running service does not escalate it), as written before V6. */
    private static long insertOldAlert(Connection c, String severity) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "insert into alert (subject_type, subject_code, condition, severity, state, department, link,"
                        + " fired_at, updated_at) values ('INDICATOR', ?, 'STATUS', ?, 'ACKNOWLEDGED', 'STATS',"
                        + " '/api/v1/indicators/synthetic', ?, ?) returning id")) {
            s.setString(1, uniqueCode());
            s.setString(2, severity);
            s.setTimestamp(3, Timestamp.from(FIRED));
            s.setTimestamp(4, Timestamp.from(LAST_CHANGE));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** An alert.changed event as the outbox kept it (only what the migration reads, plus the envelope). */
    private static void event(Connection c, long alertId, String severity, Instant changedAt) throws Exception {
        String id = UUID.randomUUID().toString();
        String payload = ("{\"specversion\":\"1.0\",\"id\":\"%s\",\"type\":\"io.planmon.alert.changed.v1\","
                        + "\"subject\":\"%d\",\"data\":{\"alertId\":%d,\"severity\":\"%s\",\"changedAt\":\"%s\"}}")
                .formatted(id, alertId, alertId, severity, changedAt);
        try (PreparedStatement s = c.prepareStatement(
                "insert into outbox_event (event_id, event_type, topic, message_key, payload, created_at,"
                        + " published_at) values (?, 'io.planmon.alert.changed.v1', 'planmon.alerts.v1', ?, ?, now(),"
                        + " now())")) {
            s.setString(1, id);
            s.setString(2, Long.toString(alertId));
            s.setString(3, payload);
            s.executeUpdate();
        }
    }

    private static Instant criticalSince(Connection c, long alertId) throws Exception {
        try (PreparedStatement q = c.prepareStatement("select critical_since from alert where id = ?")) {
            q.setLong(1, alertId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : t.toInstant();
            }
        }
    }

    private static void runMigration(Connection c) throws Exception {
        try (InputStream in =
                        CriticalSinceMigrationTest.class.getResourceAsStream("/db/migration/V6__critical_since.sql");
                Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
