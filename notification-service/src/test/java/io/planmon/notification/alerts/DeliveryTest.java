package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.deliveriesOf;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.mailbox;
import static io.planmon.notification.support.AlertApi.rule;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.planmon.notification.support.AlertEvents.taskOverdue;
import static io.planmon.notification.support.AlertEvents.uniqueTaskId;
import static io.planmon.notification.support.GreenMailResource.mailsTo;
import static io.planmon.notification.support.GreenMailResource.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.service.digest.DigestJob;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.HoldingWebhook;
import io.planmon.notification.support.WebhookServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Webhooks with retries and signatures, e-mail through a real SMTP server, leases, and restart safety. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class DeliveryTest {
    private static final String SECRET = "delivery-secret-0123456789";

    @Inject
    DigestJob digests;

    @Test
    void aWebhookThatFailsTwiceGetsOneSignedDeliveryAndTwoLoggedFailures() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(2)) {
            rule(department, 1, webhook("flaky", hook.url(), SECRET, department, false));
            String code = uniqueCode();
            publish(status(code, department, "2026", "ON_TRACK", "AT_RISK"));
            long id = id(awaitAlert(code, "FIRING"));

            List<Map<String, Object>> log = await().atMost(PATIENCE)
                    .until(
                            () -> deliveriesOf(id),
                            d -> d.size() == 1 && "SENT".equals(d.get(0).get("status")));
            Map<String, Object> delivery = log.get(0);
            assertThat(delivery).containsEntry("attempts", 3).containsEntry("change", "FIRED");
            assertThat((List<Map<String, Object>>) delivery.get("log"))
                    .extracting(a -> a.get("success"), a -> a.get("httpStatus"))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(false, 500),
                            org.assertj.core.groups.Tuple.tuple(false, 500),
                            org.assertj.core.groups.Tuple.tuple(true, 204));

            assertThat(hook.calls())
                    .extracting(WebhookServer.Call::answeredWith)
                    .containsExactly(500, 500, 204);
            for (WebhookServer.Call call : hook.calls()) {
                assertThat(call.signature()).isEqualTo("sha256=" + hmac(SECRET, call.body()));
                assertThat(call.body()).isEqualTo(hook.calls().get(0).body());
            }
            assertThat(hook.calls().get(0).text())
                    .contains("\"subjectCode\":\"" + code + "\"")
                    .as("the body links to the alert itself, and to its subject")
                    .contains("\"self\":\"/api/v1/alerts/" + id + "\"")
                    .contains("\"link\":\"/api/v1/indicators/" + code + "\"");
        }
    }

    @Test
    void aWebhookThatHangsHoldsNoTransactionAndHoldsUpNoOtherDelivery() throws Exception {
        String slowDepartment = uniqueDepartment();
        String healthyDepartment = uniqueDepartment();
        try (HoldingWebhook slow = new HoldingWebhook();
                WebhookServer healthy = new WebhookServer(0)) {
            rule(slowDepartment, 1, webhook("hangs", slow.url(), SECRET, slowDepartment, false));
            rule(healthyDepartment, 1, webhook("healthy", healthy.url(), SECRET, healthyDepartment, false));
            String slowCode = uniqueCode();
            publish(status(slowCode, slowDepartment, "2026", "ON_TRACK", "AT_RISK"));
            long slowAlert = id(awaitAlert(slowCode, "FIRING"));
            // In flight from here on: the test timeout is 5 minutes, and the webhook answers only when released.
            slow.awaitHeld(PATIENCE);
            Timestamp callStarted = dbNow();
            long slowDelivery = ((Number) deliveriesOf(slowAlert).get(0).get("id")).longValue();

            String healthyCode = uniqueCode();
            publish(status(healthyCode, healthyDepartment, "2026", "ON_TRACK", "AT_RISK"));
            long healthyAlert = id(awaitAlert(healthyCode, "FIRING"));
            await().atMost(PATIENCE)
                    .until(
                            () -> deliveriesOf(healthyAlert),
                            d -> d.size() == 1 && "SENT".equals(d.get(0).get("status")));
            assertThat(healthy.calls()).hasSize(1);
            assertThat(slow.held()).as("the first call is still hanging").isEqualTo(1);

            try (Connection c = Db.connect()) {
                c.setAutoCommit(false);
                try (PreparedStatement lock = c.prepareStatement("select status, attempts, locked_until > now()"
                        + " from delivery where id = ? for update nowait")) {
                    lock.setLong(1, slowDelivery);
                    try (ResultSet rs = lock.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("PENDING");
                        assertThat(rs.getInt(2)).isZero();
                        assertThat(rs.getBoolean(3))
                                .as("leased to the hanging attempt")
                                .isTrue();
                    }
                } finally {
                    c.rollback();
                }
                c.setAutoCommit(true);
                try (PreparedStatement open = c.prepareStatement("select count(*) from pg_stat_activity"
                        + " where backend_type = 'client backend' and pid <> pg_backend_pid() and xact_start < ?")) {
                    open.setTimestamp(1, callStarted);
                    try (ResultSet rs = open.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1))
                                .as("no transaction has been open since before the webhook call started")
                                .isZero();
                    }
                }
            }

            slow.release();
            Map<String, Object> sent = await().atMost(PATIENCE)
                    .until(
                            () -> deliveriesOf(slowAlert),
                            d -> d.size() == 1 && "SENT".equals(d.get(0).get("status")))
                    .get(0);
            assertThat(sent).containsEntry("attempts", 1);
            assertThat(slow.answered()).isEqualTo(1);
        }
    }

    @Test
    void aWebhookThatNeverAnswersIsMarkedFailedAfterTheLastAttempt() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(100)) {
            rule(department, 1, webhook("broken", hook.url(), SECRET, department, false));
            String code = uniqueCode();
            publish(status(code, department, "2026", "ON_TRACK", "AT_RISK"));
            long id = id(awaitAlert(code, "FIRING"));
            Map<String, Object> failed = await().atMost(PATIENCE)
                    .until(
                            () -> deliveriesOf(id),
                            d -> d.size() == 1 && "FAILED".equals(d.get(0).get("status")))
                    .get(0);
            // %test.planmon.alerts.delivery.max-attempts=4
            assertThat(failed).containsEntry("attempts", 4).containsEntry("lastError", "HTTP 500");
            assertThat(hook.calls()).hasSize(4);
        }
    }

    @Test
    void aCriticalAlertIsMailedAtOnceAndTheDailyDigestListsTheDepartmentsOpenAlerts() throws Exception {
        String department = uniqueDepartment();
        String address = department.toLowerCase() + "@example.org";
        rule(department, 1, mailbox("dept mailbox", address, department));
        String critical = uniqueCode();
        String warning = uniqueCode();
        publish(status(critical, department, "2026", "ON_TRACK", "OFF_TRACK"));
        publish(status(warning, department, "2026", "ON_TRACK", "AT_RISK"));
        long criticalId = id(awaitAlert(critical, "FIRING"));
        long warningId = id(awaitAlert(warning, "FIRING"));

        MimeMessage mail = await().atMost(PATIENCE)
                .until(() -> mailsTo(address), m -> m.size() == 1)
                .get(0);
        assertThat(mail.getSubject()).isEqualTo("[planmon][CRITICAL] FIRED " + critical + " 2026");
        String text = (String) mail.getContent();
        assertThat(text)
                .contains("人均地区生产总值（合成测试数据）")
                .contains("实际值 125.0 低于预期 131.95")
                .contains("expected = 131.95")
                .containsPattern("Link: /api/v1/alerts/" + criticalId + "\\R")
                .contains("对象 Subject: /api/v1/indicators/" + critical);
        assertThat(deliveriesOf(warningId)).as("a WARNING waits for the digest").isEmpty();

        digests.queueDigests();
        List<MimeMessage> both = await().atMost(PATIENCE).until(() -> mailsTo(address), m -> m.size() == 2);
        MimeMessage digest = both.stream()
                .filter(m -> subject(m).contains("daily alert digest"))
                .findFirst()
                .orElseThrow();
        assertThat((String) digest.getContent())
                .contains(critical)
                .contains(warning)
                .containsPattern("Link: /api/v1/alerts/" + warningId + "\\R");
    }

    @Test
    void aTaskAlertReachesWebhookAndMailboxUnderTheTasksCode() throws Exception {
        String department = uniqueDepartment();
        String address = department.toLowerCase() + "@example.org";
        try (WebhookServer hook = new WebhookServer(0)) {
            rule(
                    department,
                    1,
                    webhook("task hook", hook.url(), SECRET, department, false),
                    mailbox("task mailbox", address, department));
            long task = uniqueTaskId();
            String code = "T-" + task;
            publish(taskOverdue(task, department));
            long alert = id(awaitAlert(code, "FIRING"));

            await().atMost(PATIENCE).until(() -> hook.calls().size() == 1);
            assertThat(hook.calls().get(0).text())
                    .contains("\"subjectType\":\"TASK\"")
                    .contains("\"subjectCode\":\"" + code + "\"")
                    .contains("\"self\":\"/api/v1/alerts/" + alert + "\"")
                    .contains("\"link\":\"/api/v1/tasks/" + task + "\"");
            MimeMessage mail = await().atMost(PATIENCE)
                    .until(() -> mailsTo(address), m -> m.size() == 1)
                    .get(0);
            assertThat(mail.getSubject()).isEqualTo("[planmon][CRITICAL] FIRED " + code);
            assertThat((String) mail.getContent())
                    .contains("合成测试任务 (" + code + ")")
                    .containsPattern("Link: /api/v1/alerts/" + alert + "\\R")
                    .contains("对象 Subject: /api/v1/tasks/" + task);
        }
    }

    @Test
    void deliveriesLeftPendingInTheDatabaseAreSentAfterARestart() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(0)) {
            long receiver = webhook("after restart", hook.url(), SECRET, department, false);
            // What a crash leaves: rows committed as PENDING, one of them mid-retry, nothing in memory.
            String body = "{\"change\":\"FIRED\",\"alert\":{\"subjectCode\":\"" + uniqueCode() + "\"}}";
            // A live lease (another instance is sending it right now) is left alone.
            long leased = insertPending(receiver, body, 0, "now() + interval '1 hour'", "live-attempt");
            long fresh = insertPending(receiver, body, 0, null, null);
            long retried = insertPending(receiver, body, 1, null, null);
            // Claimed by an instance that crashed mid-call: due again once its lease ran out.
            long crashed = insertPending(receiver, body, 0, "now() - interval '1 minute'", "crashed-attempt");
            await().atMost(PATIENCE).until(() -> List.of(row(fresh), row(retried), row(crashed)), s -> s.stream()
                    .allMatch("SENT:"::equals));
            // Oldest first: had the leased row been claimable, it would have been claimed before the others.
            assertThat(row(leased)).isEqualTo("PENDING:live-attempt");
            assertThat(hook.calls()).hasSize(3);
            assertThat(hook.calls()).allSatisfy(call -> {
                assertThat(call.text()).isEqualTo(body);
                assertThat(call.signature()).isEqualTo("sha256=" + hmac(SECRET, body.getBytes(StandardCharsets.UTF_8)));
            });
        }
    }

    private static long insertPending(long receiver, String body, int attempts, String lockedUntil, String token)
            throws Exception {
        return Db.value(
                Long.class,
                "insert into delivery (receiver_id, receiver_name, kind, change, payload, status, attempts,"
                        + " next_attempt_at, created_at, locked_until, claim_token) values (?, 'after restart',"
                        + " 'WEBHOOK', 'FIRED', ?, 'PENDING', ?, now() - interval '1 hour',"
                        + " now() - interval '1 hour', " + (lockedUntil == null ? "null" : lockedUntil)
                        + ", ?) returning id",
                receiver,
                body,
                attempts,
                token);
    }

    /** "status:claim token" of a delivery row (the token empty when none holds it). */
    private static String row(long delivery) throws Exception {
        return Db.value(
                String.class, "select status || ':' || coalesce(claim_token, '') from delivery where id = ?", delivery);
    }

    private static Timestamp dbNow() throws Exception {
        return Db.value(Timestamp.class, "select clock_timestamp()");
    }

    /** What a receiver computes to check a delivery: HMAC-SHA256 of the raw body with the shared secret. */
    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
