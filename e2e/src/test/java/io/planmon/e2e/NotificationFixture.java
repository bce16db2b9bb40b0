package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the notification rows of the security matrix act on: a real alert of ECO (the platform raises one per task
 * without progress), and a silence, receiver and rule the monitor makes once, each synthetic and matching nothing.
 */
final class NotificationFixture {
    static final String SILENCE = "{\"subject\": \"E2E-SYNTHETIC-NO-SUCH-SUBJECT\","
            + " \"reason\": \"synthetic e2e security-matrix silence\", \"expiresAt\": \"2030-12-31T00:00:00Z\"}";
    static final String RECEIVER = "{\"name\": \"synthetic e2e security-matrix receiver\", \"kind\": \"EMAIL\","
            + " \"email\": \"synthetic-e2e@example.invalid\", \"enabled\": false}";

    private static Long alert;
    private static Long silence;
    private static Long receiver;
    private static Long rule;

    private NotificationFixture() {}

    /** A firing or acknowledged alert of ECO, not the matrix's own task (whose progress reports re-evaluate it). */
    static synchronized long alert() {
        if (alert == null) {
            String ours = String.valueOf(TaskFixture.id());
            alert = await("an open alert of ECO")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> given()
                                    .auth()
                                    .oauth2(Tokens.user("monitor"))
                                    .queryParam("department", "ECO")
                                    .queryParam("state", "FIRING")
                                    .get("/api/v1/alerts")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath()
                                    .<Map<String, Object>>getList("$")
                                    .stream()
                                    .filter(a -> !ours.equals(a.get("subjectCode")))
                                    .map(a -> ((Number) a.get("id")).longValue())
                                    .reduce((newer, older) -> older)
                                    .orElse(null),
                            Objects::nonNull);
        }
        return alert;
    }

    static synchronized long silence() {
        if (silence == null) {
            silence = create("/api/v1/silences", SILENCE);
        }
        return silence;
    }

    static synchronized long receiver() {
        if (receiver == null) {
            receiver = create("/api/v1/receivers", RECEIVER);
        }
        return receiver;
    }

    static synchronized long rule() {
        if (rule == null) {
            rule = create("/api/v1/rules", ruleBody());
        }
        return rule;
    }

    /** A disabled rule for a subject that does not exist, sending to the fixture's receiver. */
    static String ruleBody() {
        return "{\"name\": \"synthetic e2e security-matrix rule\", \"minSeverity\": \"CRITICAL\","
                + " \"subject\": \"E2E-SYNTHETIC-NO-SUCH-SUBJECT\", \"receivers\": " + List.of(receiver())
                + ", \"enabled\": false}";
    }

    /** Removes, as the monitor, what a row of the matrix created. */
    static void delete(String collection, long id, int status) {
        given().auth()
                .oauth2(Tokens.user("monitor"))
                .delete(collection + "/" + id)
                .then()
                .statusCode(status);
    }

    private static long create(String collection, String body) {
        return given().auth()
                .oauth2(Tokens.user("monitor"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(collection)
                .then()
                .statusCode(201)
                .extract()
                .<Number>path("id")
                .longValue();
    }
}
