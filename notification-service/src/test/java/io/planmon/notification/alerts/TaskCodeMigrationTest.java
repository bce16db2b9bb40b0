package io.planmon.notification.alerts;

import static io.planmon.notification.support.AlertApi.alertsOf;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertEvents.uniqueTaskId;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * V4 renames the task alerts written before tasks were named by code: rows shaped as the old code wrote them (the
 * task id as subject) are inserted, the migration script runs again (it only touches such rows), and the alert, its
 * silence and its rule then name the task's code.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class TaskCodeMigrationTest {

    @Test
    void oldTaskAlertsSilencesAndRulesAreRenamedToTheTaskCode() throws Exception {
        long task = uniqueTaskId();
        String id = Long.toString(task);
        String code = "T-" + task;
        String department = uniqueDepartment();
        long unrelatedTask = uniqueTaskId();
        try (Connection c = Db.connect()) {
            insertOldAlert(c, id, department, "Task " + code + " is BEHIND: 40% done, due 2026-06-30");
            exec(
                    c,
                    "insert into silence (subject, reason, author, created_at, expires_at)"
                            + " values (?, 'synthetic', 'test', now(), now() + interval '1 day')",
                    id);
            exec(c, "insert into alert_rule (name, subject, created_at) values ('synthetic', ?, now())", id);
            // A silence of a task that never had an alert: nothing says which code it is, so it stays.
            exec(
                    c,
                    "insert into silence (subject, reason, author, created_at, expires_at)"
                            + " values (?, 'synthetic', 'test', now(), now() + interval '1 day')",
                    Long.toString(unrelatedTask));

            runMigration(c);
            runMigration(c); // again: nothing more changes

            assertThat(one(c, "select subject_code from alert where link = ?", "/api/v1/tasks/" + id))
                    .isEqualTo(code);
            assertThat(one(c, "select subject from silence where reason = 'synthetic' and subject in (?, ?)", id, code))
                    .isEqualTo(code);
            assertThat(one(
                            c,
                            "select subject from alert_rule where name = 'synthetic' and subject in (?, ?)",
                            id,
                            code))
                    .isEqualTo(code);
            assertThat(one(c, "select subject from silence where subject = ?", Long.toString(unrelatedTask)))
                    .isEqualTo(Long.toString(unrelatedTask));
        }
        assertThat(alertsOf(code)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("subjectType", "TASK")
                .containsEntry("subjectCode", code)
                .containsEntry("link", "/api/v1/tasks/" + id)
                .containsEntry("department", department));
        assertThat(alertsOf(id)).isEmpty();
    }

    private static void insertOldAlert(Connection c, String id, String department, String reasonEn)
            throws SQLException {
        exec(
                c,
                "insert into alert (subject_type, subject_code, subject_name, condition, severity, state, department,"
                        + " status, reason, reason_en, link, fired_at, updated_at) values ('TASK', ?, '合成测试任务',"
                        + " 'STATUS', 'WARNING', 'FIRING', ?, 'BEHIND', '任务进度 40%，落后于计划', ?, ?, now(), now())",
                id,
                department,
                reasonEn,
                "/api/v1/tasks/" + id);
    }

    private static void runMigration(Connection c) throws Exception {
        try (InputStream in =
                        TaskCodeMigrationTest.class.getResourceAsStream("/db/migration/V4__task_alert_codes.sql");
                Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void exec(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static String one(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                String value = rs.getString(1);
                assertThat(rs.next()).as("one row: " + sql).isFalse();
                return value;
            }
        }
    }
}
