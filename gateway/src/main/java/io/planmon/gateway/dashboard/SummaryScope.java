package io.planmon.gateway.dashboard;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the services scope a summary by: the caller's roles and department, from the token the gateway has verified.
 * Callers of one scope see the same counts (a reporter its department's, every other role all), so they may share one
 * cached summary; the services never scope it by the person. Each event loop remembers the last caller's scope: a
 * dashboard's calls carry one remembered token, whose identity has the very same principal every time, and sorting the
 * roles and asking the token for its {@code department} claim (an exception inside smallrye-jwt for a claim outside
 * the standard ones) on every read showed in profiles.
 */
public final class SummaryScope {
    static final String DEPARTMENT_CLAIM = "department";

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private SummaryScope() {}

    /** e.g. {@code monitor,offline_access|} or {@code reporter|STATS}: sorted roles, then the department. */
    public static String of(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user)) {
            return "|";
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        Last last = LAST.get();
        if (last != null
                && last.principal() == identity.getPrincipal()
                && last.roles().equals(identity.getRoles())) {
            return last.scope();
        }
        String scope = of(identity);
        LAST.set(new Last(identity.getPrincipal(), Set.copyOf(identity.getRoles()), scope));
        return scope;
    }

    private static String of(SecurityIdentity identity) {
        StringBuilder key = new StringBuilder(String.join(",", new TreeSet<>(identity.getRoles())));
        key.append('|');
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object department = token.getClaim(DEPARTMENT_CLAIM);
            if (department != null) {
                key.append(department);
            }
        }
        return key.toString();
    }

    /** The scope computed last on this thread, and from which principal (compared by identity) and roles. */
    private record Last(Object principal, Set<String> roles, String scope) {}
}
