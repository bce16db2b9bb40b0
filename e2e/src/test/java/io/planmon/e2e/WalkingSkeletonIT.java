package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The foundation end to end: real Keycloak, Kafka, PostgreSQL and the four services; everything through the gateway.
 * A department pushes a (synthetic) value, and the monitoring office sees it arrive at the notification service.
 */
class WalkingSkeletonIT implements ThroughTheGateway {
    @Test
    void aDepartmentPushesAValueAndTheMonitoringOfficeSeesItArrive() {
        String statistics = Tokens.client("dept-stats");

        given().auth()
                .oauth2(statistics)
                .contentType(ContentType.JSON)
                .body("{\"value\": 131.0, \"note\": \"synthetic e2e value\"}")
                .put("/api/v1/indicators/GDP_PER_CAPITA/observations/2025")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .body("recordedBy", equalTo("dept-stats"));

        String monitor = Tokens.user("monitor");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth()
                        .oauth2(monitor)
                        .queryParam("subject", "GDP_PER_CAPITA")
                        .get("/api/v1/activity")
                        .then()
                        .statusCode(200)
                        .body("summaryEn", hasItem(containsString("GDP_PER_CAPITA 2025 = 131"))));
    }

    @Test
    void withoutATokenTheGatewayRefusesWithAProblemDetail() {
        for (String path : List.of("/api/v1/activity", "/api/v1/indicators", "/api/v1/articles")) {
            given().get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401));
        }
        given().contentType(ContentType.JSON)
                .body("{\"value\": 1}")
                .put("/api/v1/indicators/GDP_PER_CAPITA/observations/2025")
                .then()
                .statusCode(401);
    }

    @Test
    void aDepartmentCannotWriteAnotherDepartmentsIndicator() {
        given().auth()
                .oauth2(Tokens.client("dept-eco"))
                .contentType(ContentType.JSON)
                .body("{\"value\": 99.0}")
                .put("/api/v1/indicators/GDP_PER_CAPITA/observations/2024")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("STATS"));
    }

    @Test
    void aViewerReadsTheFiftyArticlesOfThePlan() {
        given().auth()
                .oauth2(Tokens.user("viewer"))
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("$", hasSize(50))
                .body("[19].title", equalTo("强化青浦新城链接东西的中心极功能"));
    }
}
