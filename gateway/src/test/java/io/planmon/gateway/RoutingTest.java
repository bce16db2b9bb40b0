package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.planmon.gateway.support.Bodies;
import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each API prefix reaches its service, with method, path, query, headers and bodies intact. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class RoutingTest {

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("/api/v1/indicators/GDP_GROWTH/evaluations", "indicators"),
                Arguments.of("/api/v1/indicators/GDP_PER_CAPITA/observations/2026Q1", "indicators"),
                Arguments.of("/api/v1/observations", "indicators"),
                Arguments.of("/api/v1/submissions/12/approve", "indicators"),
                Arguments.of("/api/v1/departments/STATS/reporting", "indicators"),
                Arguments.of("/api/v1/reporting", "indicators"),
                Arguments.of("/api/v1/articles", "tasks"),
                Arguments.of("/api/v1/tasks/42/progress", "tasks"),
                Arguments.of("/api/v1/activity", "notifications"),
                Arguments.of("/api/v1/alerts/17", "notifications"),
                Arguments.of("/api/v1/rules", "notifications"),
                Arguments.of("/api/v1/silences", "notifications"),
                Arguments.of("/api/v1/receivers/3", "notifications"),
                Arguments.of("/api/v1/deliveries", "notifications"));
    }

    @ParameterizedTest
    @MethodSource("routes")
    void routesEachPrefixToItsService(String path, String upstream) {
        given().auth()
                .oauth2(Tokens.valid())
                .queryParam("area", "ECONOMY")
                .queryParam("status", "AT_RISK")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("upstream", equalTo(upstream))
                .body("method", equalTo("GET"))
                .body("path", equalTo(path))
                .body("query", equalTo("area=ECONOMY&status=AT_RISK"));
    }

    @Test
    void forwardsMethodBodyAndAuthorizationUnchanged() {
        String token = Tokens.valid();
        String body = "{\"percent\":40,\"narrative\":\"青浦新城一期完成\"}";
        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/api/v1/tasks/42/progress")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("authorization", equalTo("Bearer " + token))
                .body("contentType", containsString("application/json"))
                .body("bodyLength", equalTo(body.getBytes(StandardCharsets.UTF_8).length))
                .body("bodySha256", equalTo(Bodies.sha256(body.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void streamsALargeCsvImportIntact() {
        byte[] csv = Bodies.csv(8 * 1024 * 1024);
        given().auth()
                .oauth2(Tokens.valid())
                .contentType("text/csv")
                .body(csv)
                .when()
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(csv.length))
                .body("bodySha256", equalTo(Bodies.sha256(csv)));
    }

    @Test
    void streamsAChunkedBodyOfUnknownLengthIntact() {
        byte[] csv = Bodies.csv(3 * 1024 * 1024);
        // An InputStream body has no Content-Length: the client sends it chunked.
        given().auth()
                .oauth2(Tokens.valid())
                .contentType("text/csv")
                .body(new ByteArrayInputStream(csv))
                .when()
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(csv.length))
                .body("bodySha256", equalTo(Bodies.sha256(csv)));
    }

    @Test
    void streamsAnEventStreamThatOutlastsTheRouteTimeout() {
        long started = System.nanoTime();
        String stream = given().auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/alerts/stream")
                .then()
                .statusCode(200)
                .header("Content-Type", containsString("text/event-stream"))
                .extract()
                .asString();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(stream).contains("data: event-1", "data: event-2", "data: event-3");
        // The route's timeout is 1 s: it bounds the wait for headers, not the life of a stream.
        assertThat(millis).isGreaterThan(1_500);
    }

    @Test
    void relaysEachServerSentEventAsItComesWithoutBuffering() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/alerts/stream"))
                .header("Authorization", "Bearer " + Tokens.valid())
                .build();
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.headers().firstValue("X-Accel-Buffering")).hasValue("no");
        List<Long> arrivals = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            lines.filter(line -> line.startsWith("data:")).forEach(line -> arrivals.add(System.nanoTime()));
        }
        assertThat(arrivals).hasSize(3);
        // The upstream writes the events 600 ms apart: held back anywhere, they would arrive together at the end.
        assertThat((arrivals.get(2) - arrivals.get(0)) / 1_000_000).isGreaterThan(600);
    }

    @Test
    void answersUnknownApiPathsWithAProblem() {
        for (String path : new String[] {"/api/v1/unknown", "/api/v1/tasksX", "/api/v1"}) {
            Response response = given().auth().oauth2(Tokens.valid()).when().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:not-found");
            assertThat(response.jsonPath().getString("instance")).isEqualTo(path);
            assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
        }
    }
}
