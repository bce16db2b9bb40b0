package io.planmon.gateway.web;

import io.planmon.gateway.security.AuthenticationGate;
import io.planmon.web.problem.Problem;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * The gateway as the page's backend: an API call that a page makes with its session cookie goes on to the service with
 * the session's access token as {@code Authorization: Bearer}, exactly as an API client's call would; a write made
 * with the cookie must carry the CSRF token ({@link CsrfTokens}) or is refused with a 403 problem before it goes on.
 */
@ApplicationScoped
public class SessionCalls {

    // After the authentication gate (AUTHENTICATION - 1), before the rate limit and the role policies.
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION - 2;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final CsrfTokens csrf;

    SessionCalls(CsrfTokens csrf) {
        this.csrf = csrf;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (!AuthenticationGate.isApi(ctx.normalizedPath()) || !bySession(identity)) {
            ctx.next();
            return;
        }
        if (!SAFE.contains(ctx.request().method()) && !csrfHolds(ctx, identity)) {
            Problem.of(
                            403,
                            "csrf-token-missing",
                            "CSRF token missing or wrong",
                            "a write made with the dashboard's session cookie must repeat the " + CsrfTokens.COOKIE
                                    + " cookie in the " + CsrfTokens.HEADER + " header",
                            ctx.request().path())
                    .sendTo(ctx.response());
            return;
        }
        String token = identity.getCredential(AccessTokenCredential.class).getToken();
        ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        // The session cookie stays here: a service needs the token only, and never sees the browser's session.
        ctx.request().headers().remove(HttpHeaders.COOKIE);
        ctx.next();
    }

    /** Signed in through the dashboard's code flow (an ID token and the access token it came with), not by a bearer. */
    static boolean bySession(SecurityIdentity identity) {
        return identity != null
                && !identity.isAnonymous()
                && identity.getCredential(IdTokenCredential.class) != null
                && identity.getCredential(AccessTokenCredential.class) != null;
    }

    private boolean csrfHolds(RoutingContext ctx, SecurityIdentity identity) {
        Cookie cookie = ctx.request().getCookie(CsrfTokens.COOKIE);
        return csrf.accepts(
                ctx.request().getHeader(CsrfTokens.HEADER),
                cookie == null ? null : cookie.getValue(),
                DashboardPages.person(identity));
    }
}
