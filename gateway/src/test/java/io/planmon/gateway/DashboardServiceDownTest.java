package io.planmon.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the notification service stopped, the summary still answers 200: the other parts, and alerts named missing. */
@QuarkusTest
@WithTestResource(value = UpstreamsResource.class, initArgs = @ResourceArg(name = "down", value = "notifications"))
class DashboardServiceDownTest {

    @Test
    void answersWithTheOtherPartsAndNamesTheMissingOne() {
        Response response = DashboardSummaryTest.summary(Tokens.withRoles("viewer"), "dashboard-test.down");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath json = response.jsonPath();
        assertThat(json.getBoolean("partial")).isTrue();
        assertThat(json.getMap("alerts")).isNull();
        assertThat(json.getList("missing", Map.class)).singleElement().satisfies(missing -> assertThat(missing)
                .containsEntry("part", "alerts")
                .containsEntry("service", "notification-service")
                .containsEntry("reason", "unavailable")
                .doesNotContainKey("status"));
        assertThat(json.getInt("indicators.total")).isEqualTo(7);
        assertThat(json.getInt("tasks.total")).isEqualTo(6);
        // Internal addresses stay in the log.
        assertThat(response.asString()).doesNotContain("127.0.0.1");
    }
}
