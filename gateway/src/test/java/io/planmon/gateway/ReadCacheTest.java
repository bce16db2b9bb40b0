package io.planmon.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The gateway answers a cached read (here one indicator, {@code /api/v1/indicators/{code}}) from its own memory per
 * caller scope until a write through it, asks the service once for all the reads waiting together, and keeps only a
 * service's {@code 200} with an ETag within the size limit that is no event stream.
 */
@QuarkusTest
@TestProfile(ReadCacheTest.LongRevalidation.class)
@WithTestResource(UpstreamsResource.class)
class ReadCacheTest {
    private static final String READ = "/api/v1/indicators/versioned-";
    private static final String DASHBOARD_ORIGIN = "http://localhost:5173";
    private static final String JOINED = "planmon_gateway_read_cache_answers_total\\{source=\"joined\"}";

    /** Long enough that nothing but a write makes an answer stale; a small body limit. */
    public static class LongRevalidation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("planmon.proxy-cache.revalidate-after", "1h", "planmon.proxy-cache.max-body-size", "4K");
        }
    }

    @Test
    void neverGivesOneDepartmentsAnswerToAnother() {
        Response stats = read("scoped", Tokens.reporterOf("STATS"));
        Response env = read("scoped", Tokens.reporterOf("ENV"));
        Response statsAgain = read("scoped", Tokens.reporterOf("STATS"));
        // A monitor of no department, as a person on the dashboard.
        Response monitor = read("scoped", Tokens.forPerson("dashboard", "mona"));

        assertThat(stats.jsonPath().getString("department")).isEqualTo("STATS");
        assertThat(env.jsonPath().getString("department")).isEqualTo("ENV");
        assertThat(statsAgain.asByteArray()).isEqualTo(stats.asByteArray());
        assertThat(monitor.jsonPath().getString("department")).isNull();
        assertThat(monitor.jsonPath().getList("roles")).containsExactly("monitor");
        assertThat(upstream("scoped", "requests")).as("one request per scope").isEqualTo(3);
    }

    @Test
    void answersFromItsMemoryUntilAPushThroughTheGateway() {
        String token = Tokens.withRoles("monitor");
        Response first = read("pushed", token);
        Response cached = read("pushed", token);
        assertThat(cached.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(cached.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(upstream("pushed", "requests")).isEqualTo(1);

        push("pushed");
        Response after = read("pushed", token);

        assertThat(after.jsonPath().getInt("version"))
                .isEqualTo(first.jsonPath().getInt("version") + 1);
        assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(upstream("pushed", "requests")).isEqualTo(2);
    }

    @Test
    void asksConditionallyAfterAWriteElsewhereAndKeepsTheAnswerOnA304() {
        String token = Tokens.withRoles("viewer");
        Response first = read("revalidated", token);

        push("unrelated");
        Response whole = read("revalidated", token);
        push("unrelated");
        Response unchanged =
                caller(token).header("If-None-Match", first.header("ETag")).get(READ + "revalidated");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.statusLine()).endsWith("200 OK");
        assertThat(whole.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(upstream("revalidated", "requests")).isEqualTo(3);
        assertThat(upstream("revalidated", "notModified")).isEqualTo(2);
    }

    @Test
    void answers304ToTheCurrentETagFromItsMemory() {
        String token = Tokens.withRoles("monitor");
        String etag = read("conditional", token).header("ETag");

        Response unchanged = caller(token).header("If-None-Match", etag).get(READ + "conditional");
        Response other = caller(token).header("If-None-Match", "\"other\"").get(READ + "conditional");

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(unchanged.asByteArray()).isEmpty();
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.header("ETag")).isEqualTo(etag);
        assertThat(upstream("conditional", "requests")).isEqualTo(1);

        push("conditional");
        Response changed = caller(token).header("If-None-Match", etag).get(READ + "conditional");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void asksTheServiceOnceForReadsWaitingTogether() throws Exception {
        double joinedBefore = counted(JOINED);

        // The service takes 500 ms: the reads that arrive meanwhile wait for the one request under way.
        List<Response> reads = together(10, Tokens.withRoles("plan-admin"), READ + "together?delay=500");

        for (Response read : reads) {
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.jsonPath().getString("name")).isEqualTo("together");
        }
        assertThat(upstream("together", "requests")).isEqualTo(1);
        assertThat(counted(JOINED)).isGreaterThan(joinedBefore);
    }

    @Test
    void letsTheWaitingReadsAskThemselvesWhenTheAnswerIsNotKept() throws Exception {
        double joinedBefore = counted(JOINED);

        // The service fails after 300 ms (within the route timeout of 1 s): the reads waiting for that round then each
        // ask it themselves.
        List<Response> reads = together(5, Tokens.withRoles("viewer"), READ + "failing?delay=300&status=503");

        assertThat(reads).extracting(Response::statusCode).containsOnly(503);
        assertThat(upstream("failing", "requests")).as("one per read").isEqualTo(5);
        assertThat(counted(JOINED)).isGreaterThan(joinedBefore);
    }

    @Test
    void passesThroughAndNeverKeepsWhatItMayNot() {
        String token = Tokens.withRoles("monitor");
        for (String query : List.of("size=8000", "stream", "status=503", "etag=none", "chunked")) {
            String name = "unkept-" + query.replaceAll("\\W", "");
            Response first = caller(token).get(READ + name + "?" + query);
            Response second = caller(token).get(READ + name + "?" + query);
            assertThat(second.statusCode()).as(query).isEqualTo(first.statusCode());
            assertThat(upstream(name, "requests")).as(query).isEqualTo(2);
        }
        assertThat(caller(token).get(READ + "unkept-size8000?size=8000").asByteArray())
                .hasSizeGreaterThanOrEqualTo(7990);
        assertThat(caller(token).get(READ + "unkept-status503?status=503").statusCode())
                .isEqualTo(503);

        read("kept", token);
        caller(token).get(READ + "kept?size=3000");
        caller(token).get(READ + "kept?size=3000");
        read("kept", token);
        assertThat(upstream("kept", "requests")).as("one per query").isEqualTo(2);
    }

    @Test
    void givesACallerHeldAnswerTooLargeToKeepA304() {
        String token = Tokens.withRoles("monitor");
        String etag = caller(token).get(READ + "large?size=8000").header("ETag");

        Response unchanged = caller(token).header("If-None-Match", etag).get(READ + "large?size=8000");

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
    }

    @Test
    void putsEachCallersOwnHeadersOnAnAnswerFromItsMemory() {
        String token = Tokens.withRoles("monitor");
        read("headers", token);

        Response cached = caller(token)
                .header("X-Request-Id", "second-caller.1")
                .header("Origin", DASHBOARD_ORIGIN)
                .get(READ + "headers");
        Response notModified = caller(token)
                .header("X-Request-Id", "third-caller.1")
                .header("Origin", DASHBOARD_ORIGIN)
                .header("If-None-Match", cached.header("ETag"))
                .get(READ + "headers");

        assertThat(upstream("headers", "requests")).isEqualTo(1);
        for (Response answer : List.of(cached, notModified)) {
            assertThat(answer.headers().getValues("X-Request-Id")).hasSize(1);
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).isNotNull();
            assertThat(answer.header("Cache-Control")).isEqualTo("private, no-cache");
            assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD_ORIGIN);
            assertThat(answer.header("Access-Control-Expose-Headers")).contains("ETag", "Link", "X-Total-Count");
        }
        assertThat(cached.header("X-Request-Id")).isEqualTo("second-caller.1");
        assertThat(notModified.header("X-Request-Id")).isEqualTo("third-caller.1");
        assertThat(cached.header("Content-Type")).startsWith("application/json");
        assertThat(cached.header("Link")).isEqualTo("</api/v1/indicators/versioned-headers?offset=1>; rel=\"next\"");
        assertThat(cached.header("X-Total-Count")).isEqualTo("2");
        assertThat(cached.headers().getValues("ETag")).hasSize(1);
        assertThat(counted("planmon_gateway_read_cache_answers_total\\{source=\"cache\"}"))
                .isPositive();
        assertThat(counted("planmon_gateway_read_cache_bytes")).isPositive();
    }

    /** {@code count} reads of {@code path} sent at the same time. */
    private static List<Response> together(int count, String token, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Response>> sent = IntStream.range(0, count)
                    .mapToObj(i -> pool.submit(() -> caller(token).get(path)))
                    .toList();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response read(String name, String token) {
        Response response = caller(token).get(READ + name);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static RequestSpecification caller(String token) {
        return RestAssured.given().auth().oauth2(token).when();
    }

    /** A push to the stand-in through the gateway: a new version of that read. */
    private static void push(String name) {
        caller(Tokens.valid())
                .body("{\"value\": 1}")
                .contentType("application/json")
                .put(READ + name + "/observations/2026")
                .then()
                .statusCode(204);
    }

    private static int upstream(String name, String what) {
        return caller(Tokens.withRoles("monitor"))
                .get(READ + name + "/requests")
                .jsonPath()
                .getInt(what);
    }

    private static double counted(String series) {
        String metrics = RestAssured.get("/q/metrics").asString();
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as(series + " is exported").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
