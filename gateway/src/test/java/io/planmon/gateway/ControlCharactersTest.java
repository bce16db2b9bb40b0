package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A control character in the path or a query parameter is refused by the gateway itself with a 400 problem naming
 * where it was: never forwarded, whoever asks, with or without a token. (One in a header value never gets this far: the
 * HTTP codec refuses it bare, see FramingProblemsTest.)
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class ControlCharactersTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/indicators/%00, path",
        "PUT, /api/v1/indicators/GDP%00/observations/2025, path",
        "GET, /api/v1/tasks?department=STATS%00, department",
        "GET, /api/v1/alerts?limit=5&department=%07, department",
        "GET, /api/v1/tasks?x%00=1, parameter name",
        "GET, /api/v1/dashboard/summary?q=%00, q",
        "GET, /q/health/ready?x=%00, x",
    })
    void refusesAControlCharacterInThePathOrAParameter(String method, String path, String field) {
        for (String token : new String[] {Tokens.valid(), null}) {
            var request = given().urlEncodingEnabled(false).contentType("application/json");
            if (token != null) {
                request.auth().oauth2(token);
            }
            Response response = request.body("{\"value\": 1}").request(method, path);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:validation");
            assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo(field);
            assertThat(response.jsonPath().getString("errors[0].message")).contains("control characters");
            assertThat(response.header("X-Request-Id")).isNotBlank();
            // Never forwarded: the stand-in would have answered with its echo.
            assertThat(response.jsonPath().getString("upstream")).isNull();
        }
    }

    @Test
    void forwardsWhatHasNone() {
        given().auth()
                .oauth2(Tokens.valid())
                .get("/api/v1/tasks?department=STATS")
                .then()
                .statusCode(200);
    }
}
