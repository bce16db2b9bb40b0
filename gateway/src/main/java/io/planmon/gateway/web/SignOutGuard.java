package io.planmon.gateway.web;

import io.planmon.web.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets a sign-out through only with the CSRF cookie's value as {@code ?csrf=}: Quarkus ends the session while it
 * authenticates, before any filter that knows the person could look, so another site could otherwise sign a person out
 * with a mere link. The CSRF cookie itself is removed with the session.
 */
@ApplicationScoped
public class SignOutGuard {

    // Before authentication, where the OIDC mechanism acts on the logout path.
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 1;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        if (!ctx.normalizedPath().equals(DashboardPaths.SIGN_OUT)) {
            ctx.next();
            return;
        }
        Cookie cookie = ctx.request().getCookie(CsrfTokens.COOKIE);
        if (!CsrfTokens.sameAsCookie(ctx.request().getParam("csrf"), cookie == null ? null : cookie.getValue())) {
            Problem.of(
                            403,
                            "csrf-token-missing",
                            "CSRF token missing or wrong",
                            "signing out needs the " + CsrfTokens.COOKIE + " cookie's value as the csrf parameter:"
                                    + " use the page's sign-out link",
                            ctx.request().path())
                    .sendTo(ctx.response());
            return;
        }
        ctx.response().addCookie(expired());
        ctx.next();
    }

    static Cookie expired() {
        return Cookie.cookie(CsrfTokens.COOKIE, "").setPath("/").setMaxAge(0);
    }
}
