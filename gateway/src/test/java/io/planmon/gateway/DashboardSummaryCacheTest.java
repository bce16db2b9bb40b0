package io.planmon.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Within {@code revalidate-after} the summary is answered without asking the services, until a write through the
 * gateway: the writer's next read asks again and shows the change.
 */
@QuarkusTest
@TestProfile(DashboardSummaryCacheTest.LongRevalidation.class)
@WithTestResource(UpstreamsResource.class)
class DashboardSummaryCacheTest {
    private static final String TASK_REQUESTS = "/api/v1/tasks/summary/requests";

    /** Long enough that nothing but a write makes the tests' summaries stale. */
    public static class LongRevalidation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("planmon.dashboard.revalidate-after", "1h");
        }
    }

    @Test
    void answersFromTheCacheUntilAWriteThroughTheGateway() {
        String monitor = Tokens.withRoles("monitor");
        String etag = DashboardSummaryTest.summary(monitor, "cache-test.first").header("ETag");
        int asked = DashboardSummaryETagTest.counted(TASK_REQUESTS, "requests");

        Response cached = DashboardSummaryTest.summary(monitor, "cache-test.cached");
        assertThat(cached.header("ETag")).isEqualTo(etag);
        assertThat(DashboardSummaryETagTest.counted(TASK_REQUESTS, "requests")).isEqualTo(asked);

        DashboardSummaryETagTest.changeDataBehind("tasks");
        Response fresh = DashboardSummaryTest.summary(monitor, "cache-test.after-write");

        assertThat(DashboardSummaryETagTest.counted(TASK_REQUESTS, "requests")).isEqualTo(asked + 1);
        assertThat(fresh.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void keepsEachScopeApart() {
        Response monitor = DashboardSummaryTest.summary(Tokens.withRoles("monitor"), "cache-test.monitor");
        Response reporter = DashboardSummaryTest.summary(Tokens.valid(), "cache-test.reporter");

        assertThat(monitor.jsonPath().getInt("alerts.total")).isEqualTo(4);
        // The STATS reporter's own count, not the monitor's cached one.
        assertThat(reporter.jsonPath().getInt("alerts.total")).isEqualTo(2);
    }
}
