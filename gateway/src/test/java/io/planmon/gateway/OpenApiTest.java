package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /q/openapi} is the whole public API: the three services' documents and the summary, merged; Swagger UI shows it. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class OpenApiTest {

    @Test
    void mergesThePathsOfAllThreeServicesAndTheSummary() {
        JsonPath json = given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> paths = json.getMap("paths");
        assertThat(paths)
                .containsKeys(
                        "/api/v1/dashboard/summary",
                        "/api/v1/indicators",
                        "/api/v1/tasks",
                        "/api/v1/articles",
                        "/api/v1/alerts",
                        "/api/v1/rules")
                .doesNotContainKey("/internal/debug");
        assertThat(json.getList("x-planmon-missing-services")).isEmpty();
        assertThat(json.getString("info.title")).isEqualTo("planmon API");
    }

    @Test
    void renamesClashingSchemasAndAppliesTheBearerSchemeGlobally() {
        JsonPath json =
                given().accept("application/json").when().get("/q/openapi").jsonPath();

        assertThat(json.getMap("components.schemas"))
                .containsKeys("IndicatorService_Status", "TaskService_Status", "Problem", "DashboardSummary")
                .doesNotContainKey("Status");
        assertThat(json.getString("components.schemas.TaskView.properties.status.$ref"))
                .isEqualTo("#/components/schemas/TaskService_Status");
        assertThat(json.getMap("components.securitySchemes")).containsOnlyKeys("bearerAuth");
        assertThat(json.getString("components.securitySchemes.bearerAuth.scheme"))
                .isEqualTo("bearer");
        assertThat(json.getList("security")).hasSize(1);
        assertThat(json.getString("servers[0].url")).isEqualTo("/");
    }

    @Test
    void answersInYamlByDefault() {
        Response response = given().when().get("/q/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/yaml");
        assertThat(response.asString()).contains("openapi: 3.1.0", "/api/v1/dashboard/summary:", "TaskService_Status:");
    }

    @Test
    void pointsSwaggerUiAtTheMergedDocument() {
        String page = given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("/q/openapi").doesNotContain("openapi-smallrye");
    }
}
