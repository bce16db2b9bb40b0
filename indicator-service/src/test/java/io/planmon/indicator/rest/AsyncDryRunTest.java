package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An asynchronous dry run goes through every row and says what it would do, and stores and publishes nothing. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "dept-stats", roles = "reporter")
@OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
class AsyncDryRunTest {

    @Inject
    EntityManager em;

    @Test
    void aDryRunJobCountsWhatItWouldDoAndLeavesNoValueNoRevisionAndNoEvent() {
        StringBuilder csv = new StringBuilder("indicator,period,value,note\n");
        // 500 quarters, 1901Q1 to 2025Q4 (all begun), and a row of the wrong frequency: two chunks of 500 in tests.
        for (int i = 0; i < 500; i++) {
            csv.append("TEST_ASYNC_DRY,").append(1901 + i / 4).append('Q').append(1 + i % 4);
            csv.append(',').append(10 + i % 7).append(",synthetic dry run\n");
        }
        csv.append("TEST_ASYNC_DRY,1901,1,synthetic wrong frequency\n");

        String location =
                AsyncImports.submit("text/csv", "&dryRun=true", csv.toString()).header("Location");
        ExtractableResponse<Response> done = AsyncImports.awaitEnd(location, Duration.ofMinutes(2));
        assertThat(done.<String>path("state")).isEqualTo("DONE");
        assertThat(done.<Boolean>path("dryRun")).isTrue();
        assertThat(done.<Integer>path("rowsDone")).isEqualTo(501);
        assertThat(done.<Integer>path("imported")).isEqualTo(500);
        assertThat(done.<Integer>path("rejectedCount")).isEqualTo(1);

        get("/api/v1/indicators/TEST_ASYNC_DRY/observations")
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));
        assertThat(count("select count(*) from observation where indicator_code = 'TEST_ASYNC_DRY'"))
                .isZero();
        assertThat(count("select count(*) from outbox_event where message_key = 'TEST_ASYNC_DRY'"))
                .isZero();
        assertThat(count("select count(*) from evaluation where indicator_code = 'TEST_ASYNC_DRY'"))
                .isZero();

        // The same rows for real: they are stored and announced, so the counts above could have been otherwise.
        String real = AsyncImports.submit("text/csv", "", csv.toString()).header("Location");
        assertThat(AsyncImports.awaitEnd(real, Duration.ofMinutes(2)).<Integer>path("imported"))
                .isEqualTo(500);
        assertThat(count("select count(*) from observation where indicator_code = 'TEST_ASYNC_DRY'"))
                .isEqualTo(500);
        assertThat(count("select count(*) from outbox_event where message_key = 'TEST_ASYNC_DRY'"))
                .isPositive();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
