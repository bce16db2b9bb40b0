package io.planmon.gateway.web;

import io.planmon.gateway.security.AuthenticationGate;
import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcUtils;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Chooses the OIDC tenant of a request: the dashboard's web-app tenant (code flow, session cookie) for the pages and
 * for an API call made by a page, the default bearer tenant for everything else. A request with an Authorization
 * header always keeps the bearer tenant, so API clients see exactly the behaviour they had before the dashboard.
 */
@ApplicationScoped
public class DashboardTenant implements TenantResolver {

    /** The tenant id of {@code quarkus.oidc.dashboard.*}. */
    public static final String TENANT = "dashboard";
    /** Quarkus names the session cookie after the tenant; a large session is split into {@code _chunk_n} cookies. */
    static final String SESSION_COOKIE = "q_session_" + TENANT;

    private static final Set<String> PAGE_ROOTS = Set.of("indicators", "tasks", "alerts");

    // The default tenant is named, never left to null: on null Quarkus would pick a tenant by its session cookie, and a
    // bearer call that came with the cookie would be signed in by the session instead of by its token.
    @Override
    public String resolve(RoutingContext ctx) {
        if (ctx.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return OidcUtils.DEFAULT_TENANT_ID;
        }
        String path = ctx.normalizedPath();
        if (AuthenticationGate.isApi(path)) {
            return hasSession(ctx) ? TENANT : OidcUtils.DEFAULT_TENANT_ID;
        }
        return isPage(path) || path.equals(DashboardPaths.SIGN_OUT) ? TENANT : OidcUtils.DEFAULT_TENANT_ID;
    }

    /** The bookmarkable pages: {@code /}, {@code /indicators}, {@code /indicators/{code}}, tasks and alerts alike. */
    public static boolean isPage(String path) {
        if (path.equals("/")) {
            return true;
        }
        String[] segments = path.substring(1).split("/", -1);
        return PAGE_ROOTS.contains(segments[0])
                && (segments.length == 1 || (segments.length == 2 && !segments[1].isEmpty()));
    }

    static boolean hasSession(RoutingContext ctx) {
        for (Cookie cookie : ctx.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }
}
