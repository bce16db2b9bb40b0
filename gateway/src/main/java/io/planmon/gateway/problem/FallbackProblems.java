package io.planmon.gateway.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.planmon.web.observability.RequestIdFilter;
import io.planmon.web.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Answers with a problem detail where no route of the gateway matched (404, 405) or a handler failed without answering,
 * where Vert.x would send an HTML page or an empty body and Quarkus its own error page.
 */
@ApplicationScoped
public class FallbackProblems {
    private static final Logger LOG = Logger.getLogger(FallbackProblems.class);

    void register(@Observes Router router) {
        // Vert.x calls these when no route matched the path, or none matched the method on a path that has routes.
        router.errorHandler(404, this::notFound);
        router.errorHandler(405, ctx -> methodNotAllowed(ctx, router));
        // After SecurityProblemHandler, which answers the security failures, and before Quarkus's own error handler,
        // which Quarkus registers last of all after this event.
        router.route().last().failureHandler(this::failed);
    }

    void notFound(RoutingContext ctx) {
        Problem.of(
                        404,
                        "not-found",
                        "Not found",
                        "no resource at " + ctx.normalizedPath(),
                        ctx.request().path())
                .sendTo(ctx.response());
    }

    void methodNotAllowed(RoutingContext ctx, Router router) {
        // Vert.x puts the Allow header, which a 405 must carry, only into its own answer: gathered here from the routes
        // of this path (those given by a regular expression accept every method in this gateway).
        String path = ctx.normalizedPath();
        String allowed = router.getRoutes().stream()
                .filter(route -> route.getPath() != null && !route.isRegexPath() && route.methods() != null)
                .filter(route -> route.isExactPath() ? path.equals(route.getPath()) : path.startsWith(route.getPath()))
                .flatMap(route -> route.methods().stream())
                .map(HttpMethod::name)
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        if (!allowed.isEmpty()) {
            ctx.response().putHeader(HttpHeaders.ALLOW, allowed);
        }
        String detail = ctx.request().method().name() + " is not allowed on " + path;
        Problem.of(
                        405,
                        "method-not-allowed",
                        "Method not allowed",
                        detail,
                        ctx.request().path())
                .sendTo(ctx.response());
    }

    void failed(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            // Too late for any answer of ours; Quarkus's handler closes the connection.
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status == 404) {
            // Vert.x fails a request whose target is no path at all ("*") this way, before any route or filter.
            notFound(ctx);
        } else if (status >= 500) {
            internal(ctx, status);
        } else {
            String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
            String detail = reason.toLowerCase(Locale.ROOT) + ": "
                    + ctx.request().method().name() + " " + ctx.request().path();
            Problem.of(status, "http-" + status, reason, detail, ctx.request().path())
                    .sendTo(ctx.response());
        }
    }

    private static void internal(RoutingContext ctx, int status) {
        String path = ctx.request().path();
        // The cause may name internal hosts or classes: it goes to the log, the caller gets the request id to quote.
        LOG.errorf(ctx.failure(), "%s %s failed with %d", ctx.request().method(), path, status);
        String requestId = ctx.request().getHeader(RequestIdFilter.HEADER);
        Problem.of(
                        status,
                        status == 500 ? "internal" : "http-" + status,
                        status == 500
                                ? "Internal error"
                                : HttpResponseStatus.valueOf(status).reasonPhrase(),
                        requestId == null
                                ? "the gateway could not answer"
                                : "the gateway could not answer; quote request id " + requestId,
                        path)
                .sendTo(ctx.response());
    }
}
