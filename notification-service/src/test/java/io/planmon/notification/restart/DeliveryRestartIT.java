package io.planmon.notification.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.notification.support.AlertEvents;
import io.planmon.notification.support.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restart mid-delivery, for real: the packaged service is SIGKILLed while its webhook call hangs, started again, and
 * the alert still reaches the webhook exactly once as a success. The worker claims the delivery with a lease in one
 * short transaction, calls the webhook outside any transaction and records the outcome in another, so the killed
 * attempt leaves only its lease: the row is PENDING with no attempt logged, and once the lease has run out the new
 * process sends the same stored bytes.
 */
class DeliveryRestartIT {
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String SECRET = "restart-secret-0123456789";

    private static HangingWebhook webhook;
    private static ServiceJar service;

    @BeforeAll
    static void startServersAndService() throws Exception {
        Map<String, String> servers = new PlanmonTestResource().start();
        webhook = new HangingWebhook();
        Path log = Path.of("target", "restart-it.log");
        Files.deleteIfExists(log); // one run per file: both processes of this run append to it
        service = new ServiceJar(
                Path.of("target", "quarkus-app", "quarkus-run.jar"),
                log,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", servers.get("quarkus.datasource.jdbc.url"),
                        "QUARKUS_DATASOURCE_USERNAME", servers.get("quarkus.datasource.username"),
                        "QUARKUS_DATASOURCE_PASSWORD", servers.get("quarkus.datasource.password"),
                        "KAFKA_BOOTSTRAP_SERVERS", servers.get("kafka.bootstrap.servers"),
                        // No Keycloak here: the test never calls the secured API, it writes rows and sends events.
                        "QUARKUS_OIDC_TENANT_ENABLED", "false",
                        // Longer than the test needs: the first attempt must still hang when the process dies. The
                        // lease (longer than the timeout, as the service demands) is how long the restarted process
                        // waits before it sends the killed attempt's delivery again.
                        "PLANMON_ALERTS_DELIVERY_TIMEOUT", "PT30S",
                        "PLANMON_ALERTS_DELIVERY_LEASE", "PT40S"));
        service.start("first run", STARTUP);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (service != null) {
            service.stop();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void aDeliveryInterruptedByAHardKillIsSentOnceAfterTheRestart() throws Throwable {
        try {
            interruptedDeliveryIsCompletedAfterRestart();
        } catch (Throwable failure) {
            failure.addSuppressed(new AssertionError(service.logTail()));
            throw failure;
        }
    }

    private void interruptedDeliveryIsCompletedAfterRestart() throws Exception {
        String department =
                "RESTART_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long receiver = insertWebhookReceiver(department);
        insertRule(department, receiver);
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CloudEvent<IndicatorStatusChangedV1> event =
                AlertEvents.status(code, department, "2026", "ON_TRACK", "OFF_TRACK");
        AlertEvents.publish(event);

        HangingWebhook.Call hung = webhook.awaitHanging(PATIENCE.toSeconds());
        long alert = openAlert(code);
        List<Row> inFlight = deliveries(alert, receiver);
        assertThat(inFlight).as("one delivery, mid-flight").hasSize(1);
        Row delivery = inFlight.get(0);
        assertThat(hung.deliveryId()).isEqualTo(Long.toString(delivery.id()));
        assertThat(delivery.status()).isEqualTo("PENDING");
        assertThat(delivery.attempts()).isZero();

        service.kill();
        assertThat(service.alive()).isFalse();
        service.start("after SIGKILL", STARTUP);

        List<HangingWebhook.Call> received =
                await().atMost(PATIENCE).until(webhook::answered, calls -> !calls.isEmpty());
        HangingWebhook.Call call = received.get(0);
        assertThat(call.deliveryId()).isEqualTo(Long.toString(delivery.id()));
        assertThat(call.change()).isEqualTo("FIRED");
        assertThat(call.signature()).isEqualTo("sha256=" + hmac(SECRET, call.body()));
        assertThat(call.body())
                .as("the stored payload is sent again, byte for byte")
                .isEqualTo(hung.body());
        assertThat(call.text())
                .contains("\"change\":\"FIRED\"")
                .contains("\"subjectCode\":\"" + code + "\"")
                .contains("\"severity\":\"CRITICAL\"")
                .contains("\"department\":\"" + department + "\"")
                .contains("\"link\":\"/api/v1/indicators/" + code + "\"");

        Row sent = await().atMost(PATIENCE)
                .until(
                        () -> deliveries(alert, receiver),
                        rows -> rows.size() == 1 && "SENT".equals(rows.get(0).status()))
                .get(0);
        assertThat(sent.id()).isEqualTo(delivery.id());
        assertThat(sent.attempts()).as("the killed attempt recorded nothing").isEqualTo(1);
        assertThat(attempts(sent.id()))
                .as("the attempt log: only the completed attempt, written after the HTTP call returned")
                .containsExactly("1:true:200");
        assertThat(openAlerts(code))
                .as("a redelivered event after the restart makes no second alert")
                .isEqualTo(1);
        assertThat(webhook.answered()).as("nothing sent twice").hasSize(1);
    }

    private record Row(long id, String status, int attempts) {}

    private static long insertWebhookReceiver(String department) throws SQLException {
        try (Connection c = Db.connect();
                PreparedStatement insert =
                        c.prepareStatement("insert into receiver (name, kind, url, secret, department, created_at)"
                                + " values ('restart hook (synthetic)', 'WEBHOOK', ?, ?, ?, now()) returning id")) {
            insert.setString(1, webhook.url());
            insert.setString(2, SECRET);
            insert.setString(3, department);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertRule(String department, long receiver) throws SQLException {
        try (Connection c = Db.connect();
                PreparedStatement insert =
                        c.prepareStatement("insert into alert_rule (name, department, receiver_ids, created_at)"
                                + " values ('restart rule (synthetic)', ?, ?::jsonb, now())")) {
            insert.setString(1, department);
            insert.setString(2, "[" + receiver + "]");
            insert.executeUpdate();
        }
    }

    private static long openAlert(String code) throws SQLException {
        return Db.openAlertId(code).orElseThrow(() -> new AssertionError("no open alert for " + code));
    }

    private static int openAlerts(String code) throws SQLException {
        try (Connection c = Db.connect();
                PreparedStatement q = c.prepareStatement("select count(*) from alert where subject_code = ?")) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<Row> deliveries(long alert, long receiver) throws SQLException {
        try (Connection c = Db.connect();
                PreparedStatement q = c.prepareStatement("select id, status, attempts from delivery"
                        + " where alert_id = ? and receiver_id = ? order by id")) {
            q.setLong(1, alert);
            q.setLong(2, receiver);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return rows;
        }
    }

    /** The attempt log as "attempt:success:httpStatus", in order. */
    private static List<String> attempts(long delivery) throws SQLException {
        try (Connection c = Db.connect();
                PreparedStatement q = c.prepareStatement("select attempt, success, http_status from delivery_attempt"
                        + " where delivery_id = ? order by attempt")) {
            q.setLong(1, delivery);
            List<String> log = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    log.add(rs.getInt(1) + ":" + rs.getBoolean(2) + ":" + rs.getObject(3));
                }
            }
            return log;
        }
    }

    /** What a receiver computes to check a delivery: HMAC-SHA256 of the raw body with the shared secret. */
    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
