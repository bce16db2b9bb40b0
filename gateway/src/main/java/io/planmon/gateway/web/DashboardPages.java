package io.planmon.gateway.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonString;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Serves the dashboard's pages: every bookmarkable page path answers the one HTML shell, which names the signed-in
 * person and their roles for the scripts and comes with a fresh CSRF cookie; the scripts then route by the path. The
 * scripts and styles themselves are static resources ({@code META-INF/resources/assets}).
 */
@ApplicationScoped
public class DashboardPages {

    /** Pages may load their own scripts, styles and data only, and nobody may frame them. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private final CsrfTokens csrf;
    private final PageFiles files;

    DashboardPages(CsrfTokens csrf, PageFiles files) {
        this.csrf = csrf;
        this.files = files;
    }

    void register(@Observes Router router) {
        router.getWithRegex("/|/(?:indicators|tasks|alerts)(?:/[^/]+)?").handler(this::page);
        router.get(DashboardPaths.SIGNED_OUT).handler(ctx -> send(ctx, files.signedOut()));
        Buffer echarts = Buffer.buffer(files.echartsModule());
        router.get(files.echartsPath()).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/javascript; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .end(echarts));
        // With a session Quarkus signs out before any route; without one there is nothing to end.
        router.get(DashboardPaths.SIGN_OUT).handler(ctx -> ctx.redirect(DashboardPaths.SIGNED_OUT));
    }

    void page(RoutingContext ctx) {
        if (!DashboardTenant.isPage(ctx.normalizedPath())
                || !(ctx.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            // Only signed-in people get here (the pages' permission); anything else is not a page.
            ctx.next();
            return;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        String token = csrf.issue(person(identity));
        // Readable by the page's scripts (they send it back in a header), never sent by another site's request.
        ctx.response()
                .addCookie(Cookie.cookie(CsrfTokens.COOKIE, token)
                        .setPath("/")
                        .setHttpOnly(false)
                        .setSameSite(CookieSameSite.STRICT));
        send(ctx, files.shell(me(identity)));
    }

    private static void send(RoutingContext ctx, String html) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Content-Security-Policy", PAGE_POLICY)
                .end(html);
    }

    /** Who is signed in, for the page: it offers each action only to the roles the API allows it. */
    static JsonObject me(SecurityIdentity identity) {
        JsonObject me = new JsonObject()
                .put(
                        "roles",
                        new JsonArray(
                                new TreeSet<>(identity.getRoles()).stream().toList()));
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            me.put("username", text(token.getClaim("preferred_username")))
                    .put("name", text(token.getClaim("name")))
                    .put("department", text(token.getClaim("department")));
        }
        return me;
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }

    /** The person a CSRF token is bound to: the token's subject. */
    public static String person(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
