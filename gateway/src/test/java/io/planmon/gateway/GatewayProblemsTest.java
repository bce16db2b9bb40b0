package io.planmon.gateway;

import static io.planmon.gateway.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.FailingRoute;
import io.planmon.gateway.support.SmallHttpLimits;
import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error that the gateway answers by itself is a problem detail whose status is the HTTP status. */
@QuarkusTest
@TestProfile(SmallHttpLimits.class)
@WithTestResource(value = UpstreamsResource.class, initArgs = @ResourceArg(name = "down", value = "notifications"))
class GatewayProblemsTest {
    private static final String DASHBOARD = "http://localhost:5173";
    private static final String STRANGER = "https://evil.example";

    static Stream<Arguments> answers() {
        return Stream.of(
                answer(404, "not-found", "/nowhere", path -> given().get(path)),
                answer(404, "not-found", "/q/nowhere", path -> given().get(path)),
                answer(404, "not-found", "/api/v1/nowhere", path -> api().get(path)),
                answer(405, "method-not-allowed", "/api/v1/dashboard/summary", path -> api().delete(path)),
                answer(405, "method-not-allowed", "/q/openapi", path -> given().post(path)),
                answer(401, "unauthorized", "/api/v1/indicators", path -> given().get(path)),
                answer(403, "forbidden", "/api/v1/dashboard/summary", path -> given().auth()
                        .oauth2(Tokens.withRoles("guest"))
                        .get(path)),
                answer(502, "upstream-unavailable", "/api/v1/alerts", path -> api().get(path)),
                answer(504, "upstream-timeout", "/api/v1/tasks/42", path -> api().header("X-Echo-Delay-Ms", "5000")
                        .get(path)),
                answer(413, "body-too-large", "/api/v1/observations", path -> api().contentType("text/csv")
                        .body(new byte[SmallHttpLimits.MAX_BODY + 1])
                        .post(path)),
                answer(403, "cors-origin-refused", "/api/v1/indicators", path -> api().header("Origin", STRANGER)
                        .get(path)),
                answer(403, "cors-method-refused", "/api/v1/indicators", path -> api().header("Origin", DASHBOARD)
                        .patch(path)));
    }

    @ParameterizedTest(name = "{0} {1} at {2}")
    @MethodSource("answers")
    void answersWithAProblem(int status, String type, String path, Function<String, Response> call) {
        Response response = call.apply(path);

        assertProblem(response.statusCode(), response.contentType(), response.asString(), status, type, path);
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void namesTheRefusedOriginAndLetsOnlyAnAllowedOneReadTheRefusal() {
        Response stranger = api().header("Origin", STRANGER).get("/api/v1/indicators");
        assertThat(stranger.jsonPath().getString("detail")).contains(STRANGER);
        assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();

        Response dashboard = api().header("Origin", DASHBOARD).patch("/api/v1/indicators");
        assertThat(dashboard.jsonPath().getString("detail")).contains("PATCH");
        assertThat(dashboard.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
    }

    @Test
    void answersAFailureOfItsOwnWithAProblemQuotingTheRequestId() {
        Response response = given().header("X-Request-Id", "bug-report-1").get(FailingRoute.PATH);

        assertProblem(
                response.statusCode(), response.contentType(), response.asString(), 500, "internal", FailingRoute.PATH);
        assertThat(response.jsonPath().getString("detail"))
                .contains("bug-report-1")
                .doesNotContain("internal details");
    }

    @Test
    void keepsTheAllowHeaderOfA405() {
        assertThat(given().post("/q/openapi").header("Allow")).isEqualTo("GET");
        assertThat(api().delete("/api/v1/dashboard/summary").header("Allow")).isEqualTo("GET");
    }

    @Test
    void answersTheCallThatFindsTheBucketEmptyWithAProblem() {
        String token = Tokens.forClient(SmallHttpLimits.THROTTLED_CLIENT);
        given().auth().oauth2(token).get("/api/v1/indicators").then().statusCode(200);

        Response refused = given().auth().oauth2(token).get("/api/v1/indicators");

        assertProblem(
                refused.statusCode(),
                refused.contentType(),
                refused.asString(),
                429,
                "rate-limited",
                "/api/v1/indicators");
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    private static Arguments answer(int status, String type, String path, Function<String, Response> call) {
        return Arguments.of(status, type, path, call);
    }

    private static RequestSpecification api() {
        return given().auth().oauth2(Tokens.valid());
    }
}
