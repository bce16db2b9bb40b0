package io.planmon.gateway.routing;

import io.planmon.web.problem.Problem;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds a chunked request body to the body limit while it streams to the upstream: past the limit, the upstream request
 * is cut off and the caller gets a 413 problem. Quarkus enforces the limit only on a declared {@code Content-Length}
 * and leaves a streamed body to whatever reads it, and the proxy reads without limit.
 */
final class StreamedBodyLimit implements ProxyInterceptor {

    private final BodyLimit limit;

    StreamedBodyLimit(BodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        Body body = request.getBody();
        // A declared length was judged before routing (BodyLimit); only a chunked body's size is unknown until now.
        if (body == null || body.length() >= 0) {
            return context.sendRequest();
        }
        AtomicBoolean exceeded = new AtomicBoolean();
        request.setBody(Body.body(new LimitedBody(body.stream(), limit.bytes(), () -> exceeded.set(true)), -1));
        // The cut-off fails the upstream exchange; that failure, and no other, becomes the 413 here.
        return context.sendRequest()
                .recover(failure ->
                        exceeded.get() ? Future.succeededFuture(tooLarge(request)) : Future.failedFuture(failure));
    }

    private ProxyResponse tooLarge(ProxyRequest request) {
        HttpServerRequest caller = request.proxiedRequest();
        // The rest of the body is never read: the connection is closed once answered, as Problem.sendClosing does.
        caller.response().putHeader(HttpHeaders.CONNECTION, "close");
        caller.response().endHandler(v -> caller.connection().close());
        Problem problem = limit.problem(caller.path());
        return request.release()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.toBuffer()));
    }
}
