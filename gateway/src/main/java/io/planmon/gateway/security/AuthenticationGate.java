package io.planmon.gateway.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets only authenticated callers into {@code /api/v1}: an anonymous call fails with {@link UnauthorizedException},
 * which {@link SecurityProblemHandler} answers.
 */
@ApplicationScoped
public class AuthenticationGate {

    // Right after Quarkus authentication (a bad token is rejected there) and before its HTTP permission checks: those
    // answer an anonymous caller with an empty 401 of their own, so none of them must see one. Role policies on /api/v1
    // thus only ever judge authenticated callers and fail with ForbiddenException, which becomes a 403 problem. The
    // rate limit sits between this gate and the policies. A CORS preflight, which carries no token by design, never
    // gets here: the CORS filter (priority 300) answers every preflight, allowed origin or not, before authentication.
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION - 1;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        if (!isApi(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .subscribe()
                .with(
                        identity -> {
                            if (identity == null || identity.isAnonymous()) {
                                ctx.fail(new UnauthorizedException("no bearer token"));
                            } else {
                                ctx.next();
                            }
                        },
                        ctx::fail);
    }

    /** Whether a normalised path is one of the API paths that this gate guards. */
    public static boolean isApi(String path) {
        return path.equals("/api/v1") || path.startsWith("/api/v1/");
    }
}
