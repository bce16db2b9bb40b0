package io.planmon.gateway.routing;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.planmon.gateway.dashboard.ETags;
import io.planmon.web.observability.RequestIdFilter;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyResponse;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service's {@code 200} answer to a read as the gateway keeps it: its {@code ETag}, the headers that describe it
 * ({@code Content-Type}, {@code Link}, {@code X-Total-Count}, …) and its body; shared, unchanged, by every caller
 * of its scope on every event loop.
 */
record CachedRead(String etag, List<Map.Entry<String, String>> headers, Buffer body) {

    /**
     * Not kept: what only concerns one connection or one exchange, and the request id, which {@link RequestIdFilter}
     * sets to each caller's own.
     */
    private static final Set<String> NOT_KEPT = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "content-length",
            "date",
            RequestIdFilter.HEADER.toLowerCase(Locale.ROOT));

    /**
     * The body length of an upstream answer the gateway may keep, or -1: a {@code 200} with an {@code ETag} and a
     * declared length within the limit, that is no event stream, sets no cookie, is not encoded for one caller and
     * does not vary with request headers the cache does not key on.
     */
    static long keepableLength(ProxyResponse response, long maxBodyBytes) {
        MultiMap headers = response.headers();
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        if (response.getStatusCode() != 200
                || headers.get(HttpHeaders.ETAG) == null
                || ReadCacheInterceptor.isEventStream(response)
                || headers.contains(HttpHeaders.SET_COOKIE)
                || headers.contains(HttpHeaders.CONTENT_ENCODING)
                || headers.contains(HttpHeaders.VARY)
                || cacheControl != null && cacheControl.contains("no-store")) {
            return -1;
        }
        long length = response.getBody() == null ? -1 : response.getBody().length();
        return length <= maxBodyBytes ? length : -1;
    }

    /** The answer made of an upstream answer's headers (before they are released) and its whole body. */
    static CachedRead of(MultiMap upstreamHeaders, Buffer body) {
        List<Map.Entry<String, String>> kept = upstreamHeaders.entries().stream()
                .filter(header -> !NOT_KEPT.contains(header.getKey().toLowerCase(Locale.ROOT)))
                .<Map.Entry<String, String>>map(
                        header -> new SimpleImmutableEntry<>(header.getKey(), header.getValue()))
                .toList();
        return new CachedRead(upstreamHeaders.get(HttpHeaders.ETAG), kept, body);
    }

    /** Whether a caller's {@code If-None-Match} names this answer: it gets a {@code 304}. */
    boolean notModifiedFor(String ifNoneMatch) {
        return ETags.matches(ifNoneMatch, etag);
    }

    /** Answers a read that the gateway serves itself. */
    void answer(HttpServerResponse response, String ifNoneMatch) {
        if (notModifiedFor(ifNoneMatch)) {
            response.putHeader(HttpHeaders.ETAG, etag).setStatusCode(304).end();
            return;
        }
        headers.forEach(header -> response.headers().add(header.getKey(), header.getValue()));
        response.setStatusCode(200).end(body);
    }

    /** Turns the upstream's answer to the read that asked the service into this one, which the proxy then sends. */
    void answer(ProxyResponse response, String ifNoneMatch) {
        if (notModifiedFor(ifNoneMatch)) {
            notModified(response, etag);
            return;
        }
        // Released: the upstream's own headers and body (none after a 304, all read after a 200) are no longer needed.
        // The upstream's reason phrase would otherwise stay, e.g. "200 Not Modified".
        response.release().setStatusCode(200).setStatusMessage(HttpResponseStatus.OK.reasonPhrase());
        headers.forEach(header -> response.headers().add(header.getKey(), header.getValue()));
        response.setBody(Body.body(body));
    }

    /** Turns whatever the upstream answered into a {@code 304} for an answer with this ETag. */
    static void notModified(ProxyResponse response, String etag) {
        response.release()
                .setStatusCode(304)
                .setStatusMessage(HttpResponseStatus.NOT_MODIFIED.reasonPhrase())
                .putHeader(HttpHeaders.ETAG, etag)
                .setBody(null);
    }
}
