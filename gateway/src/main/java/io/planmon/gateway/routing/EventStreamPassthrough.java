package io.planmon.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Lets server-sent events (the alert stream) through as they come: the proxy already writes, and so flushes, each
 * chunk the upstream sends; this tells any reverse proxy in front of the gateway (nginx and the like) not to buffer
 * the stream either ({@code X-Accel-Buffering: no}), and not to cache or transform it.
 */
final class EventStreamPassthrough implements ProxyInterceptor {
    static final String EVENT_STREAM = "text/event-stream";

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith(EVENT_STREAM)) {
            response.putHeader("X-Accel-Buffering", "no");
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-transform");
        }
        return context.sendResponse();
    }
}
