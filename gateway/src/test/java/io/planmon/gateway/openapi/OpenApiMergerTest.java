package io.planmon.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.routing.Upstream;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge of the gateway's document with the stand-ins' documents in {@code stand-ins/}. */
class OpenApiMergerTest {
    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonObject gateway = GatewayDocument.load();

    @Test
    void takesTheRoutedPathsOfEveryServiceAndTheSummary() {
        JsonObject merged = OpenApiMerger.merge(gateway, all(), "/");

        assertThat(merged.getJsonObject("paths").fieldNames())
                .containsExactlyInAnyOrder(
                        "/api/v1/dashboard/summary",
                        "/api/v1/indicators",
                        "/api/v1/indicators/{code}",
                        "/api/v1/tasks",
                        "/api/v1/tasks/{id}/progress",
                        "/api/v1/articles",
                        "/api/v1/alerts",
                        "/api/v1/rules");
        assertThat(merged.getJsonArray(OpenApiMerger.MISSING_EXTENSION)).isEmpty();
        assertThat(merged.getJsonObject("info").getString("description")).doesNotContain("Missing");
    }

    @Test
    void renamesDifferingSchemasOfTheSameNameWithEveryReferenceAndKeepsSharedOnes() {
        JsonObject merged = OpenApiMerger.merge(gateway, all(), "/");
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");

        assertThat(schemas.fieldNames())
                .contains("IndicatorService_Status", "TaskService_Status", "Problem", "DashboardSummary")
                .doesNotContain("Status", "IndicatorService_Problem", "NotificationService_Problem");
        assertThat(schemas.getJsonObject("TaskService_Status").getJsonArray("enum"))
                .contains("BEHIND");
        assertThat(schemas.getJsonObject("IndicatorService_Status").getJsonArray("enum"))
                .contains("AWAITING_REFERENCE");
        assertThat(ref(schemas.getJsonObject("TaskView"), "properties", "status"))
                .isEqualTo(SCHEMAS + "TaskService_Status");
        assertThat(ref(schemas.getJsonObject("EvaluationView"), "properties", "status"))
                .isEqualTo(SCHEMAS + "IndicatorService_Status");
        JsonObject parameter = merged.getJsonObject("paths")
                .getJsonObject("/api/v1/tasks")
                .getJsonObject("get")
                .getJsonArray("parameters")
                .getJsonObject(0);
        assertThat(parameter.getJsonObject("schema").getString("$ref")).isEqualTo(SCHEMAS + "TaskService_Status");
    }

    @Test
    void appliesTheGatewaysBearerSchemeAndServerEverywhere() {
        JsonObject merged = OpenApiMerger.merge(gateway, all(), "https://planmon.example");

        JsonObject schemes = merged.getJsonObject("components").getJsonObject("securitySchemes");
        assertThat(schemes.fieldNames()).containsExactly(OpenApiMerger.BEARER);
        assertThat(schemes.getJsonObject(OpenApiMerger.BEARER).getString("scheme"))
                .isEqualTo("bearer");
        assertThat(schemes.getJsonObject(OpenApiMerger.BEARER).getString("bearerFormat"))
                .isEqualTo("JWT");
        assertThat(merged.getJsonArray("security"))
                .containsExactly(new JsonObject().put(OpenApiMerger.BEARER, new JsonArray()));
        assertThat(merged.getJsonObject("paths")
                        .getJsonObject("/api/v1/alerts")
                        .getJsonObject("get")
                        .containsKey("security"))
                .as("the service's own scheme is gone")
                .isFalse();
        assertThat(merged.getJsonArray("servers"))
                .containsExactly(new JsonObject()
                        .put("url", "https://planmon.example")
                        .put("description", "the planmon gateway"));
        assertThat(merged.encode()).doesNotContain("keycloak.internal", "localhost:808");
    }

    @Test
    void mergesTagsByName() {
        JsonArray tags = OpenApiMerger.merge(gateway, all(), "/").getJsonArray("tags");

        assertThat(tags.stream().map(tag -> ((JsonObject) tag).getString("name")))
                .containsExactly("Dashboard", "Indicators", "Tasks", "Articles", "Alerts", "Rules");
    }

    @Test
    void namesAServiceWithoutADocument() {
        Map<Upstream, JsonObject> two = all();
        two.remove(Upstream.NOTIFICATIONS);

        JsonObject merged = OpenApiMerger.merge(gateway, two, "/");

        assertThat(merged.getJsonArray(OpenApiMerger.MISSING_EXTENSION)).containsExactly("notification-service");
        assertThat(merged.getJsonObject("info").getString("description")).contains("notification-service");
        assertThat(merged.getJsonObject("paths").fieldNames()).doesNotContain("/api/v1/alerts");
        assertThat(merged.getJsonObject("paths").fieldNames()).contains("/api/v1/tasks", "/api/v1/indicators");
    }

    @Test
    void leavesOutPathsTheGatewayDoesNotRouteToThatService() {
        Map<Upstream, JsonObject> documents = all();
        documents.get(Upstream.TASKS).getJsonObject("paths").put("/api/v1/alerts/{id}", new JsonObject());

        JsonObject paths = OpenApiMerger.merge(gateway, documents, "/").getJsonObject("paths");

        assertThat(paths.fieldNames()).doesNotContain("/api/v1/alerts/{id}", "/internal/debug");
    }

    @Test
    void rewritesPointersIntoARenamedComponent() {
        JsonObject document = new JsonObject("{\"a\": [{\"$ref\": \"#/components/schemas/Status/properties/code\"},"
                + " {\"$ref\": \"#/components/schemas/StatusView\"}]}");

        JsonObject rewritten = RefRewriter.rewrite(
                document, Map.of("#/components/schemas/Status", "#/components/schemas/TaskService_Status"));

        assertThat(rewritten.getJsonArray("a").getJsonObject(0).getString("$ref"))
                .isEqualTo("#/components/schemas/TaskService_Status/properties/code");
        assertThat(rewritten.getJsonArray("a").getJsonObject(1).getString("$ref"))
                .isEqualTo("#/components/schemas/StatusView");
        assertThat(document.getJsonArray("a").getJsonObject(0).getString("$ref"))
                .as("the original is left alone")
                .endsWith("/Status/properties/code");
    }

    private static String ref(JsonObject schema, String... path) {
        JsonObject node = schema;
        for (String step : path) {
            node = node.getJsonObject(step);
        }
        return node.getString("$ref");
    }

    private static Map<Upstream, JsonObject> all() {
        Map<Upstream, JsonObject> documents = new EnumMap<>(Upstream.class);
        for (Upstream upstream : List.of(Upstream.values())) {
            documents.put(upstream, standIn(upstream.key() + "-openapi.json"));
        }
        return documents;
    }

    private static JsonObject standIn(String name) {
        try (InputStream in = OpenApiMergerTest.class.getResourceAsStream("/stand-ins/" + name)) {
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
