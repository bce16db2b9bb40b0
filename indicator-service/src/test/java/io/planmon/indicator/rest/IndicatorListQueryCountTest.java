package io.planmon.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The dashboard's list call costs the same few statements however many indicators the catalogue holds. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "admin", roles = "plan-admin")
class IndicatorListQueryCountTest {
    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    @Test
    void listingTheCatalogueWithLatestEvaluationsTakesTwoStatementsBesidesTheVersionRead() throws InterruptedException {
        // Synthetic values, so that several indicators have a latest evaluation to join; indicators no other test
        // of this module writes, because all test classes share one database.
        push("FOREST_AREA", "2025", 1000);
        push("FOREST_AREA", "2026", 1010);
        push("TOURIST_VISITS", "2026", 500);
        push("LIFE_EXPECTANCY", "2026", 84.5);

        // The outbox relay queries every second; pause it so that only the call under test is counted.
        scheduler.pause();
        try {
            Thread.sleep(1500);
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();

            List<Map<String, Object>> listed = given().get("/api/v1/indicators")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");

            assertThat(listed)
                    .as("the plan's 67 indicators and the synthetic ones")
                    .hasSizeGreaterThanOrEqualTo(67);
            assertThat(listed.stream().filter(i -> i.get("latest") != null)).hasSizeGreaterThanOrEqualTo(3);
            // The change counter's version (one statement, on every read), then the indicators and their latest
            // evaluations; the pushes above changed the version, so the list is computed, not served from the cache.
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
        } finally {
            scheduler.resume();
        }
    }

    private static void push(String code, String period, double value) {
        given().contentType(ContentType.JSON)
                .body("{\"value\": " + value + ", \"note\": \"synthetic\"}")
                .put("/api/v1/indicators/{code}/observations/{period}", code, period)
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }
}
