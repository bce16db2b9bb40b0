package io.planmon.web.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request one {@code X-Request-Id}, in the gateway and in each service alike: the caller's if it is sane,
 * else a new one. It is put in the log MDC of everything the request does, set on the request (the gateway's proxy
 * forwards it, the access log reads it) and returned to the caller, so that one id finds a call in every log.
 */
@ApplicationScoped
public class RequestIdFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // A client's id is kept only if it cannot forge log lines or bloat headers.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    // Ahead of CORS (300) and authentication (200): a request that is turned away is still answered and logged with
    // its id.
    private static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        String id = idFor(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        // Quarkus keeps the MDC on the request's duplicated Vert.x context, which blocking endpoints run on as well, so
        // it never leaks into another request.
        MDC.put(MDC_KEY, id);
        // At the last moment, replacing any id an upstream echoed, so that the caller gets exactly one.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    /** The id a request goes by: {@code sent} when it is sane, else a random UUID. */
    static String idFor(String sent) {
        return sent != null && SANE.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
    }
}
