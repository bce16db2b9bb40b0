package io.planmon.gateway.routing;

import io.planmon.gateway.config.ProxyCacheConfig;
import io.planmon.gateway.dashboard.ETags;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The proxy's part in a read cache round: the read that leads a round ({@link ReadCacheRoute}) goes to the service
 * through the proxy, like any call (its upstream, timeouts and failure problems), asking with the held answer's
 * {@code ETag} instead of the caller's; the service's {@code 304} or keepable {@code 200} then ends the round and the
 * caller gets the round's answer. Any other answer passes through unchanged and ends the round with nothing to share.
 */
@ApplicationScoped
public class ReadCacheInterceptor implements ProxyInterceptor {
    private static final String ROUND = "planmon.read-cache-round";

    // The rounds of the reads on their way into the proxy, by their request: the proxy knows no other way in.
    private final Map<HttpServerRequest, ReadRound> leading = new ConcurrentHashMap<>();
    private final long maxBodyBytes;

    ReadCacheInterceptor(ProxyCacheConfig config) {
        this.maxBodyBytes = config.maxBodySize().asLongValue();
    }

    /** The next proxying of {@code request} is {@code round}'s request to the service. */
    void lead(HttpServerRequest request, ReadRound round) {
        leading.put(request, round);
    }

    /** The request has ended, proxied or not. */
    void forget(HttpServerRequest request) {
        leading.remove(request);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ReadRound round = leading.remove(context.request().proxiedRequest());
        if (round != null) {
            context.set(ROUND, round);
            // The caller's own validators are answered by the gateway; the service is asked about the answer held.
            MultiMap headers = context.request().headers();
            headers.remove(HttpHeaders.IF_NONE_MATCH);
            headers.remove(HttpHeaders.IF_MODIFIED_SINCE);
            if (round.etag() != null) {
                headers.set(HttpHeaders.IF_NONE_MATCH, round.etag());
            }
        }
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ReadRound round = context.get(ROUND, ReadRound.class);
        if (round == null) {
            return context.sendResponse();
        }
        ProxyResponse response = context.response();
        String ifNoneMatch = context.request().proxiedRequest().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (response.getStatusCode() == 304 && round.etag() != null) {
            round.notModified().answer(response, ifNoneMatch);
            return context.sendResponse();
        }
        long length = CachedRead.keepableLength(response, maxBodyBytes);
        if (length < 0) {
            round.notKept();
            if (response.getStatusCode() == 200 && !isEventStream(response)) {
                notModifiedAnyway(response, ifNoneMatch);
            }
            return context.sendResponse();
        }
        MultiMap headers = response.headers();
        return whole(response.getBody().stream(), length)
                .compose(
                        body -> {
                            round.replaced(CachedRead.of(headers, body)).answer(response, ifNoneMatch);
                            return context.sendResponse();
                        },
                        failure -> {
                            // The service broke off its answer: the proxy answers the caller 502.
                            round.notKept();
                            return Future.failedFuture(failure);
                        });
    }

    /**
     * The caller's validators were not sent (the service was asked for the whole answer, to keep it), so a caller that
     * holds the answer gets its {@code 304} here, also when the answer is not kept (e.g. larger than the limit).
     */
    private static void notModifiedAnyway(ProxyResponse response, String ifNoneMatch) {
        String etag = response.headers().get(HttpHeaders.ETAG);
        if (etag != null && ETags.matches(ifNoneMatch, etag)) {
            CachedRead.notModified(response, etag);
        }
    }

    static boolean isEventStream(ProxyResponse response) {
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        return type != null && type.startsWith(EventStreamPassthrough.EVENT_STREAM);
    }

    /** Reads a body of a declared length to its end. */
    private static Future<Buffer> whole(ReadStream<Buffer> stream, long length) {
        Promise<Buffer> read = Promise.promise();
        Buffer body = Buffer.buffer((int) length);
        stream.exceptionHandler(read::tryFail);
        stream.handler(body::appendBuffer);
        stream.endHandler(v -> read.tryComplete(body));
        stream.resume();
        return read.future();
    }
}
