package io.planmon.notification.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the activity feed through the REST API, as a dashboard would, with the caller's test identity. */
public final class ActivityApi {
    /** Events cross a real broker: generous, but a healthy run needs well under a second. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private ActivityApi() {}

    public static List<Map<String, Object>> feed(String subject, int limit) {
        return given().queryParam("subject", subject)
                .queryParam("limit", limit)
                .get("/api/v1/activity")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** Waits until the entry of {@code eventId} is in the feed of {@code subject}, and returns it. */
    public static Map<String, Object> awaitEntry(String subject, String eventId) {
        return await().atMost(PATIENCE)
                .until(
                        () -> feed(subject, 500).stream()
                                .filter(e -> eventId.equals(e.get("eventId")))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** A subject no other test uses, so that each test reads only its own entries from the shared database. */
    public static String uniqueCode() {
        return "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
