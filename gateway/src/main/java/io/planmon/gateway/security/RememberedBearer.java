package io.planmon.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Hands a bearer token that {@link VerifiedTokens} already trusts straight to the identity providers, ahead of Quarkus'
 * OIDC mechanism: that one resolves the tenant and decodes the token's JSON payload on every call (to tell a JWT from an
 * opaque token), the largest cost left of a cached read. Any other request (no token, a token not verified yet or no
 * longer trusted, the dashboard's session) is left to OIDC as before, which also answers every challenge.
 */
@ApplicationScoped
public class RememberedBearer implements HttpAuthenticationMechanism {
    private static final String SCHEME = "Bearer";

    private final VerifiedTokens verified;
    private final int priority;

    RememberedBearer(VerifiedTokens verified, OidcAuthenticationMechanism oidc) {
        this.verified = verified;
        this.priority = oidc.getPriority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager providers) {
        String token = bearerToken(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null || !verified.trusts(token)) {
            return Uni.createFrom().nullItem(); // OIDC's mechanism is next
        }
        // Through the identity providers as OIDC would go (VerifiedTokens answers it), so augmentors still apply.
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new Trusted(token));
        return providers.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx));
    }

    /** The token exactly as Quarkus OIDC extracts it: after the first space of a {@code Bearer} header, untrimmed. */
    static String bearerToken(String authorization) {
        int space = authorization == null ? -1 : authorization.indexOf(' ');
        if (space <= 0 || !authorization.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return null;
        }
        return authorization.substring(space + 1);
    }

    /**
     * The request for OIDC's identity provider: a {@link Trusted} token whose trust ran out since this mechanism passed
     * it is verified as OIDC's own mechanism would have passed it, as an access token.
     */
    static TokenAuthenticationRequest asAccessToken(TokenAuthenticationRequest request, RoutingContext routing) {
        if (!(request.getToken() instanceof Trusted trusted)) {
            return request;
        }
        TokenAuthenticationRequest fresh =
                new TokenAuthenticationRequest(new AccessTokenCredential(trusted.getToken()));
        HttpSecurityUtils.setRoutingContextAttribute(fresh, routing);
        return fresh;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext ctx) {
        return Uni.createFrom().item(false);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return priority;
    }

    /** A bearer token that was trusted when this request arrived; not decoded, unlike OIDC's access token credential. */
    static final class Trusted extends TokenCredential {
        Trusted(String token) {
            super(token, "bearer");
        }
    }
}
