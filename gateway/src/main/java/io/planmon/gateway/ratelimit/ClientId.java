package io.planmon.gateway.ratelimit;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Which Keycloak client a call comes from: the {@code azp} (authorised party) claim of its verified access token. */
final class ClientId {

    /** Shared by calls whose token names no client; Keycloak's access tokens always do, so this is a fallback only. */
    static final String UNIDENTIFIED = "(unidentified)";

    private ClientId() {}

    static String of(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim(Claims.azp);
            if (azp != null && !azp.toString().isBlank()) {
                return azp.toString();
            }
        }
        return UNIDENTIFIED;
    }
}
