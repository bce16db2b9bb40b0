package io.planmon.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Opens the request to an instance of one upstream, in turn, falling over to the next instance when one cannot be
 * connected to (nothing was sent yet, so any request may go on), and bounds how long the upstream may take to start
 * answering.
 */
final class OriginRequests implements OriginRequestProvider {

    /** Set on the proxy context when the timeout, not the upstream, ended the exchange. */
    static final String TIMED_OUT = "planmon.upstream-timed-out";

    private static final Logger LOG = Logger.getLogger(OriginRequests.class);

    private final Vertx vertx;
    private final Upstream upstream;
    private final UpstreamInstances instances;
    private final long timeoutMillis;

    OriginRequests(Vertx vertx, Upstream upstream, UpstreamInstances instances, Duration timeout) {
        this.vertx = vertx;
        this.upstream = upstream;
        this.instances = instances;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        return connect(context, instances.inTurn(upstream), 0);
    }

    private Future<HttpClientRequest> connect(ProxyContext context, List<URI> order, int attempt) {
        URI url = order.get(attempt);
        return context.client()
                .request(options(url))
                .map(request -> prepare(context, request, url))
                .recover(failure -> {
                    if (attempt + 1 >= order.size()) {
                        return Future.failedFuture(failure);
                    }
                    LOG.debugf(
                            "%s at %s cannot be reached (%s); trying the next instance",
                            upstream.service(), url, failure);
                    instances.failedOver(upstream);
                    return connect(context, order, attempt + 1);
                });
    }

    private HttpClientRequest prepare(ProxyContext context, HttpClientRequest request, URI url) {
        // A failed exchange reaches the proxy through the response, which UpstreamFailureInterceptor answers and
        // logs; without this handler Vert.x would log it once more as an unhandled error, e.g. each upload that
        // the caller aborts or that StreamedBodyLimit cuts off.
        request.exceptionHandler(failure -> LOG.debugf("request to %s ended: %s", url.getHost(), failure));
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!basePath.isEmpty()) {
            context.request().setURI(basePath + context.request().getURI());
        }
        // Only the wait for the status line and headers is bounded: once an upstream answers, a large download or
        // the alert event stream may run as long as it needs to.
        long timer = vertx.setTimer(timeoutMillis, id -> {
            context.set(TIMED_OUT, Boolean.TRUE);
            request.reset(0, new TimeoutException("no answer within " + timeoutMillis + " ms"));
        });
        request.response().onComplete(answered -> vertx.cancelTimer(timer));
        return request;
    }

    private RequestOptions options(URI url) {
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        // The connect timeout also bounds the wait for a free pooled connection.
        return new RequestOptions()
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(tls)
                .setConnectTimeout(timeoutMillis);
    }
}
