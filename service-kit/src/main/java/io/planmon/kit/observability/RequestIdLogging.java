package io.planmon.kit.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Puts the gateway's {@code X-Request-Id} into the log MDC of everything a request does here, so that one id finds a
 * call in the gateway's log and in the service's. A call that bypasses the gateway gets an id of its own.
 */
@ApplicationScoped
public class RequestIdLogging {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // The same rule as the gateway's: an id that could forge log lines or bloat them is replaced.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    // Ahead of authentication, so that a refused call is logged with its id as well.
    private static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        String sent = ctx.request().getHeader(HEADER);
        String id = sent != null && SANE.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
        // Set on the request too, so that the access log shows the id this service used.
        ctx.request().headers().set(HEADER, id);
        // Quarkus keeps the MDC on the request's duplicated context, which blocking endpoints run on as well.
        MDC.put(MDC_KEY, id);
        ctx.next();
    }
}
