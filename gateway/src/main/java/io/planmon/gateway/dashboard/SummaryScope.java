package io.planmon.gateway.dashboard;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the services scope a summary by: the caller's roles and department, from the token the gateway has verified.
 * Callers of one scope see the same counts (a reporter its department's, every other role all), so they may share one
 * cached summary; the services never scope it by the person.
 */
public final class SummaryScope {
    static final String DEPARTMENT_CLAIM = "department";

    private SummaryScope() {}

    /** e.g. {@code monitor,offline_access|} or {@code reporter|STATS}: sorted roles, then the department. */
    public static String of(RoutingContext ctx) {
        if (!(ctx.user() instanceof QuarkusHttpUser user)) {
            return "|";
        }
        SecurityIdentity identity = user.getSecurityIdentity();
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
}
