package io.planmon.gateway.dashboard;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.planmon.gateway.config.DashboardConfig;
import io.planmon.gateway.routing.UpstreamInstances;
import io.planmon.web.observability.RequestIdFilter;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeoutException;

/**
 * Reads one service's summary (a JSON object) on behalf of the caller, without blocking, within the dashboard's timeout,
 * conditionally when an earlier answer is at hand: a {@code 304} keeps that answer. Every way of not getting a summary
 * ends in a {@link PartFailure} that says why.
 */
@ApplicationScoped
public class ServiceReader {

    private final Vertx vertx;
    private final UpstreamInstances instances;
    private final long timeoutMillis;
    private final WebClient client;

    ServiceReader(Vertx vertx, UpstreamInstances instances, DashboardConfig config) {
        this.vertx = vertx;
        this.instances = instances;
        this.timeoutMillis = config.timeout().toMillis();
        this.client = WebClient.create(
                vertx, new WebClientOptions().setName("gateway-dashboard").setConnectTimeout((int) timeoutMillis));
    }

    /**
     * GETs the part's summary, e.g. {@code /api/v1/alerts/summary}; with {@code previous} (null for none) sent as
     * {@code If-None-Match}, a {@code 304} answers {@code previous} itself.
     */
    public Future<PartAnswer> read(Part part, CallerHeaders caller, PartAnswer previous) {
        String base = instances.next(part.upstream()).toString();
        HttpRequest<Buffer> request = client.getAbs(stripSlash(base) + part.summaryPath())
                // Ends the exchange itself after the deadline, so that a slow service holds no connection for long.
                .timeout(timeoutMillis)
                .putHeader(HttpHeaderNames.ACCEPT.toString(), "application/json");
        if (caller.authorization() != null) {
            request.putHeader(HttpHeaderNames.AUTHORIZATION.toString(), caller.authorization());
        }
        if (caller.requestId() != null) {
            request.putHeader(RequestIdFilter.HEADER, caller.requestId());
        }
        if (previous != null && previous.etag() != null) {
            request.putHeader(HttpHeaderNames.IF_NONE_MATCH.toString(), previous.etag());
        }
        Promise<PartAnswer> result = Promise.promise();
        // The deadline covers connecting, waiting and reading the body together; the request's own timeout only
        // bounds each wait for data.
        long timer = vertx.setTimer(
                timeoutMillis,
                id -> result.tryFail(new PartFailure("timeout", null, "no answer within " + timeoutMillis + " ms")));
        request.send().onComplete(done -> {
            vertx.cancelTimer(timer);
            if (done.succeeded()) {
                answer(done.result(), previous).onComplete(result::tryComplete, result::tryFail);
            } else {
                result.tryFail(unreachable(part, done.cause()));
            }
        });
        return result.future();
    }

    private static Future<PartAnswer> answer(HttpResponse<Buffer> response, PartAnswer previous) {
        int status = response.statusCode();
        if (status == 304 && previous != null) {
            return Future.succeededFuture(previous);
        }
        if (status == 401 || status == 403) {
            // The caller's own token was refused: say so in the service's words rather than as an outage.
            return Future.failedFuture(new PartFailure("refused", status, problemDetail(response)));
        }
        if (status < 200 || status > 299) {
            return Future.failedFuture(new PartFailure("error", status, "answered " + status));
        }
        try {
            Object body = response.body() == null ? null : Json.decodeValue(response.body());
            if (body instanceof JsonObject counts) {
                return Future.succeededFuture(
                        new PartAnswer(counts, response.getHeader(HttpHeaderNames.ETAG.toString())));
            }
        } catch (DecodeException e) {
            // Reported below like any other body that is not an object.
        }
        return Future.failedFuture(new PartFailure("invalid-response", status, "the answer is not a JSON object"));
    }

    private PartFailure unreachable(Part part, Throwable cause) {
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
            return new PartFailure("timeout", null, "no answer within " + timeoutMillis + " ms");
        }
        // The cause names internal hosts and ports: it stays out of the answer.
        return new PartFailure("unavailable", null, part.upstream().service() + " is unavailable");
    }

    private static String problemDetail(HttpResponse<Buffer> response) {
        try {
            if (response.body() != null && Json.decodeValue(response.body()) instanceof JsonObject problem) {
                String detail = problem.getValue("detail") instanceof String d ? d : null;
                String title = problem.getValue("title") instanceof String t ? t : null;
                if (detail != null || title != null) {
                    return detail != null ? detail : title;
                }
            }
        } catch (DecodeException e) {
            // No problem detail to pass on; the status says enough.
        }
        return response.statusCode() == 401 ? "the token was not accepted" : "the caller may not read this";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void close(@Observes ShutdownEvent stopping) {
        client.close();
    }
}
