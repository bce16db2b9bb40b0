package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * While the notification service is down the merged document names it as missing and is still served; once it starts,
 * its paths appear at the next retry without a restart of the gateway.
 */
@QuarkusTest
@WithTestResource(value = UpstreamsResource.class, initArgs = @ResourceArg(name = "down", value = "notifications"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiServiceLaterTest {

    @Test
    @Order(1)
    void namesTheMissingServiceInsteadOfFailing() {
        JsonPath json = document();

        assertThat(json.getList("x-planmon-missing-services")).containsExactly("notification-service");
        assertThat(json.getString("info.description")).contains("notification-service");
        assertThat(json.getMap("paths"))
                .containsKeys("/api/v1/indicators", "/api/v1/tasks", "/api/v1/dashboard/summary");
        assertThat(json.getMap("paths")).doesNotContainKey("/api/v1/alerts");
    }

    @Test
    @Order(2)
    void takesInAServiceThatStartsLater() throws Exception {
        int port = URI.create(ConfigProvider.getConfig().getValue("planmon.routes.notifications.url", String.class))
                .getPort();
        byte[] openApi;
        try (InputStream in = getClass().getResourceAsStream("/stand-ins/notifications-openapi.json")) {
            openApi = in.readAllBytes();
        }
        // The notification service comes up where the gateway expects it, serving only its document.
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        service.createContext("/q/openapi", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, openApi.length);
            exchange.getResponseBody().write(openApi);
            exchange.close();
        });
        service.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                            document().getList("x-planmon-missing-services"))
                    .isEmpty());
            assertThat(document().getMap("paths")).containsKeys("/api/v1/alerts", "/api/v1/rules");
        } finally {
            // The other tests of this configuration need the service down again.
            service.stop(0);
        }
    }

    private static JsonPath document() {
        return given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
