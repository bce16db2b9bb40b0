package io.planmon.gateway.routing;

import io.netty.channel.ConnectTimeoutException;
import io.planmon.web.problem.Problem;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Answers for an upstream that is down or too slow with a 502 or 504 problem detail naming the service, where the
 * proxy library alone would send an empty 502.
 */
final class UpstreamFailureInterceptor implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(UpstreamFailureInterceptor.class);

    private final Upstream upstream;
    private final Duration timeout;

    UpstreamFailureInterceptor(Upstream upstream, Duration timeout) {
        this.upstream = upstream;
        this.timeout = timeout;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        String path = context.request().proxiedRequest().path();
        boolean timedOut = timedOut(context, failure);
        Problem problem = timedOut
                ? Problem.of(
                        504,
                        "upstream-timeout",
                        "Upstream timeout",
                        upstream.service() + " did not answer within " + timeout.toMillis() + " ms",
                        path)
                : Problem.of(
                        502,
                        "upstream-unavailable",
                        "Upstream unavailable",
                        upstream.service() + " is unavailable",
                        path);
        // The cause names internal hosts and ports: it goes to the log, not to the caller.
        LOG.warnf(
                "%s %s: %s %s",
                context.request().getMethod(),
                path,
                upstream.service(),
                timedOut ? "gave no answer within " + timeout.toMillis() + " ms" : "failed: " + failure);
        return context.request()
                .release()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.toBuffer()));
    }

    private static boolean timedOut(ProxyContext context, Throwable failure) {
        return Boolean.TRUE.equals(context.get(OriginRequests.TIMED_OUT, Boolean.class))
                || failure instanceof TimeoutException
                || failure instanceof ConnectTimeoutException;
    }
}
