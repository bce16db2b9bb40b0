package io.planmon.gateway.routing;

import io.planmon.web.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request body limit {@code quarkus.http.limits.max-body-size}, answered with a 413 problem: at once for a body whose
 * declared {@code Content-Length} exceeds it, and by {@link StreamedBodyLimit} for a chunked body once it has grown past
 * it.
 */
@ApplicationScoped
public class BodyLimit {

    // Just ahead of Quarkus's own check (route order -2, after authentication and the role policies, as here), which
    // ends such a request with an empty 413.
    static final int PRIORITY = 3;

    private final long bytes;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.bytes = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        if (declaredLength(ctx) > bytes) {
            // The body stays unread: the connection cannot be used for another request, so it is closed, as Quarkus
            // does.
            problem(ctx.request().path()).sendClosing(ctx.request());
        } else {
            ctx.next();
        }
    }

    /** The limit in bytes. */
    long bytes() {
        return bytes;
    }

    Problem problem(String path) {
        return Problem.of(
                413,
                "body-too-large",
                "Request body too large",
                "the request body exceeds the gateway's limit of " + bytes + " bytes",
                path);
    }

    private static long declaredLength(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            // The HTTP codec has already refused such a request; should one get here, Quarkus's check judges it.
            return -1;
        }
    }
}
