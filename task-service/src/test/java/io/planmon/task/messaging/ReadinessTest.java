package io.planmon.task.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.planmon.devstack.test.ClosedDatabase;
import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Readiness tells the truth at once: ready while the database answers, Kafka down only a degraded detail (the outbox
 * takes the writes), not ready while the database is closed, still ready while the pool is busy to its last
 * connection; and liveness never depends on either.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class ReadinessTest {
    @Inject
    AgroalDataSource pool;

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CHECK = "checks.find { it.name == 'planmon dependencies' }";

    @Test
    void aServiceWithoutItsBrokerStaysReadyAndSaysItIsDegradedAnsweringAtOnce() {
        await().atMost(PATIENCE).untilAsserted(() -> ready().body(CHECK + ".data.kafka", equalTo("UP")));

        PlanmonTestResource.stopKafka();
        try {
            await().atMost(PATIENCE).untilAsserted(() -> ready().body(CHECK + ".data.kafka", startsWith("DOWN"))
                    .body(CHECK + ".data.degraded", equalTo(true)));
            for (int i = 0; i < 5; i++) {
                ready().time(lessThan(1_000L), TimeUnit.MILLISECONDS).body("status", equalTo("UP"));
            }
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            PlanmonTestResource.startKafka();
        }
        await().atMost(PATIENCE).untilAsserted(() -> ready().body(CHECK + ".data.degraded", equalTo(false)));
    }

    @Test
    void aClosedDatabaseMakesTheServiceUnreadyUntilItOpensAgain() throws Exception {
        try (ClosedDatabase outage = ClosedDatabase.start()) {
            await().atMost(PATIENCE).untilAsserted(() -> given().get("/q/health/ready")
                    .then()
                    .time(lessThan(1_000L), TimeUnit.MILLISECONDS)
                    .statusCode(503)
                    .body(CHECK + ".data.database", startsWith("DOWN")));
            given().get("/q/health/live").then().statusCode(200);
        }
        await().atMost(PATIENCE).untilAsserted(() -> ready().body("status", equalTo("UP")));
    }

    @Test
    void aPoolBusyToItsLastConnectionIsNotADatabaseThatIsDown() throws Exception {
        int size = pool.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                taken.add(pool.getConnection());
            }
            // A check that began after the pool ran dry and outlasted the pool's acquisition timeout.
            Instant dry = Instant.now()
                    .plus(pool.getConfiguration().connectionPoolConfiguration().acquisitionTimeout());
            await().atMost(PATIENCE).until(() -> Instant.parse(ready().extract().path(CHECK + ".data.checkedAt"))
                    .isAfter(dry));
            ready().body("status", equalTo("UP")).body(CHECK + ".data.database", equalTo("UP"));
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    private static io.restassured.response.ValidatableResponse ready() {
        return given().get("/q/health/ready").then().statusCode(200);
    }
}
