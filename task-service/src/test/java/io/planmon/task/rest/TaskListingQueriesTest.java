package io.planmon.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Listing every task loads no collection and no entity lazily: the number of queries does not grow with tasks. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "viewer", roles = "viewer")
class TaskListingQueriesTest {

    @Inject
    SessionFactory sessions;

    @Test
    void listingTheWholeCatalogueFetchesNothingPerTask() {
        Statistics statistics = sessions.getStatistics();
        long collections = statistics.getCollectionFetchCount();
        long entities = statistics.getEntityFetchCount();

        int tasks = given().get("/api/v1/tasks?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();

        assertThat(tasks).isGreaterThanOrEqualTo(60);
        assertThat(statistics.getCollectionFetchCount() - collections).isZero();
        assertThat(statistics.getEntityFetchCount() - entities).isZero();
    }
}
