package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the browser-hardening headers once, whoever wrote it; API responses are never cached and may
 * load or frame nothing, while Swagger UI keeps working; HSTS stays off unless configured.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class SecurityHeadersTest {

    @Test
    void hardensAProxiedAnswerReplacingWhatTheServiceSent() {
        Response response = answeredWith("Cache-Control: max-age=600", "/api/v1/tasks/42");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("upstream")).isEqualTo("tasks");
        assertApiHeaders(response);
    }

    @Test
    void hardensTheServicesFramingChoiceToo() {
        Response response = answeredWith("X-Frame-Options: SAMEORIGIN", "/api/v1/alerts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertApiHeaders(response);
    }

    @Test
    void hardensA401Problem() {
        assertHardenedProblem(given().when().get("/api/v1/indicators"), 401);
    }

    @Test
    void hardensA404Problem() {
        assertHardenedProblem(given().auth().oauth2(Tokens.valid()).when().get("/api/v1/nowhere"), 404);
    }

    @Test
    void keepsSwaggerUiWorking() {
        Response response = given().when().get("/q/swagger-ui/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertCommonHeaders(response);
        // Swagger UI runs scripts and styles of its own: the API's policy would leave a blank page.
        assertThat(response.header("Content-Security-Policy")).isNull();
    }

    @Test
    void hardensOperationalEndpoints() {
        Response response = given().when().get("/q/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertCommonHeaders(response);
    }

    /** A proxied call whose service adds {@code header} ("Name: value") to its answer. */
    private static Response answeredWith(String header, String path) {
        return given().auth()
                .oauth2(Tokens.valid())
                .header("X-Echo-Response-Header", header)
                .when()
                .get(path);
    }

    private static void assertHardenedProblem(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertApiHeaders(response);
    }

    private static void assertApiHeaders(Response response) {
        assertCommonHeaders(response);
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().getValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");
    }

    private static void assertCommonHeaders(Response response) {
        assertThat(response.headers().getValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().getValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().getValues("Referrer-Policy")).containsExactly("no-referrer");
        // Local http: a browser that saw HSTS would refuse http://localhost afterwards.
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }
}
