package io.planmon.web.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter in front of a real Vert.x router, as Quarkus puts it in front of the gateway's and the services' routes. */
class RequestIdFilterTest {
    private static Vertx vertx;
    private static HttpServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(new RequestIdFilter()::handle);
        // What the request looks like behind the filter; it also echoes an id of its own, as an upstream might.
        router.route().handler(ctx -> ctx.response()
                .putHeader(RequestIdFilter.HEADER, "upstream-echo")
                .end(new JsonObject()
                        .put("header", ctx.request().getHeader(RequestIdFilter.HEADER))
                        .put("mdc", String.valueOf(MDC.get(RequestIdFilter.MDC_KEY)))
                        .encode()));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void keepsTheCallersSaneIdEverywhere() throws Exception {
        Answer answer = get("stats-import-2026Q1.0042");

        assertThat(answer.ids()).containsExactly("stats-import-2026Q1.0042");
        assertThat(answer.body().getString("header")).isEqualTo("stats-import-2026Q1.0042");
        assertThat(answer.body().getString("mdc")).isEqualTo("stats-import-2026Q1.0042");
    }

    @Test
    void givesARequestWithoutAnIdANewOne() throws Exception {
        Answer answer = get(null);

        assertThat(answer.ids()).hasSize(1);
        String id = answer.ids().get(0);
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(answer.body().getString("header")).isEqualTo(id);
        assertThat(answer.body().getString("mdc")).isEqualTo(id);
    }

    @Test
    void replacesAnIdThatCouldForgeLogLinesOrBloatHeaders() throws Exception {
        for (String insane : new String[] {"two words", "x".repeat(129), "a;b=c", ""}) {
            Answer answer = get(insane);

            assertThat(answer.ids()).as(insane).hasSize(1);
            String id = answer.ids().get(0);
            assertThat(id).isNotEqualTo(insane);
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(answer.body().getString("mdc")).isEqualTo(id);
        }
        assertThat(RequestIdFilter.idFor("x".repeat(128))).isEqualTo("x".repeat(128));
    }

    private record Answer(List<String> ids, JsonObject body) {}

    private static Answer get(String id) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/anything"));
        if (id != null) {
            request.header(RequestIdFilter.HEADER, id);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new Answer(response.headers().allValues(RequestIdFilter.HEADER), new JsonObject(response.body()));
    }
}
