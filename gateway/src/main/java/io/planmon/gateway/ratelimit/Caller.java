package io.planmon.gateway.ratelimit;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Whose bucket a call takes its token from, read from its verified access token: a person signed in through a client
 * (such as the {@code dashboard}) has a bucket of their own, keyed by the client and the person's {@code sub}; a
 * department system calling with client credentials has its client's one bucket.
 *
 * <p>The rule: a token is a person's when it has a {@code sub} and a {@code preferred_username} that does not start
 * with {@value #SERVICE_ACCOUNT}, the name Keycloak gives the user behind a client's client-credentials grant.
 *
 * @param client the {@code azp} claim, the Keycloak client id; its limit applies to every bucket of the client
 * @param subject the person's {@code sub}, or null for a client's own bucket
 * @param person the person's {@code preferred_username}, for messages; null for a client
 */
record Caller(String client, String subject, String person) {

    /** Shared by calls whose token names no client; Keycloak's access tokens always do, so this is a fallback only. */
    static final String UNIDENTIFIED = "(unidentified)";
    /** How Keycloak names a client's service account, e.g. {@code service-account-dept-stats}. */
    static final String SERVICE_ACCOUNT = "service-account-";

    static Caller of(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            String client = text(token.getClaim(Claims.azp));
            client = client == null ? UNIDENTIFIED : client;
            String subject = text(token.getSubject());
            String username = text(token.getClaim(Claims.preferred_username));
            if (subject != null && username != null && !username.startsWith(SERVICE_ACCOUNT)) {
                return new Caller(client, subject, username);
            }
            return new Caller(client, null, null);
        }
        return new Caller(UNIDENTIFIED, null, null);
    }

    /** For the 429's detail: who used up which bucket. */
    String describe() {
        return person == null ? "client " + client : "user " + person + " of client " + client;
    }

    private static String text(Object claim) {
        return claim == null || claim.toString().isBlank() ? null : claim.toString();
    }
}
