package io.planmon.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.gateway.PeriodicSweep;
import io.planmon.gateway.config.VerifiedTokensConfig;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each distinct bearer token once and reuses the verdict for that very token (the same string, byte for byte)
 * until it expires, at most {@code max-age}: a dashboard sends one token for minutes, and checking its RSA signature
 * and claims again on every call was the largest cost of a cached read. Asked before Quarkus' own OIDC provider, which
 * it calls for every token it does not know; a token that fails is never remembered. A token that is no JWT at all
 * never gets here ({@link MalformedTokenRefusal}). Keyed by the token string itself (its hash and equality are cheap;
 * the identity kept for it holds the same token as its credential anyway), not by a digest computed per call.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private final OidcIdentityProvider oidc;
    private final VerifiedTokensConfig config;
    private final Vertx vertx;
    private final ConcurrentMap<TokenKey, Verified> verified = new ConcurrentHashMap<>();
    private final Counter hits;
    private final Counter misses;
    private final PeriodicSweep sweeper = new PeriodicSweep();

    VerifiedTokens(OidcIdentityProvider oidc, VerifiedTokensConfig config, Vertx vertx, MeterRegistry registry) {
        this.oidc = oidc;
        this.config = config;
        this.vertx = vertx;
        this.hits = counter(registry, "reused");
        this.misses = counter(registry, "verified");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // The dashboard's session (code flow, an ID token) is left to Quarkus: it renews and re-encrypts the session
        // while it verifies, which a remembered verdict would skip.
        if (!config.enabled() || request.getToken() instanceof IdTokenCredential) {
            return oidc.authenticate(request, context);
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null) { // not an HTTP call: nothing to attach a remembered identity to
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        Verified known = trusted(token);
        if (known != null) {
            hits.increment();
            return Uni.createFrom().item(known.forRequest(routing));
        }
        misses.increment();
        return oidc.authenticate(RememberedBearer.asAccessToken(request, routing), context)
                .invoke(identity -> remember(token, identity));
    }

    /**
     * Whether this very token passed verification and is still trusted: then it is shaped like a JWT, and
     * {@link MalformedTokenRefusal} need not decode it again.
     */
    boolean trusts(String token) {
        return token != null && trusted(token) != null;
    }

    private Verified trusted(String token) {
        Verified known = verified.get(new TokenKey(token));
        return known != null && known.validAt(System.nanoTime()) ? known : null;
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || verified.size() >= config.maxEntries()) {
            return;
        }
        long lifeMillis = jwt.getExpirationTime() * 1000 - System.currentTimeMillis();
        long trustNanos = Math.min(config.maxAge().toNanos(), TimeUnit.MILLISECONDS.toNanos(lifeMillis));
        if (trustNanos > 0) {
            verified.put(new TokenKey(token), new Verified(identity, System.nanoTime() + trustNanos));
        }
    }

    void startSweeping(@Observes StartupEvent started) {
        sweeper.forgetting(vertx, verified.values(), config.maxAge().toNanos(), (entry, now) -> !entry.validAt(now));
    }

    void stopSweeping(@Observes ShutdownEvent stopping) {
        sweeper.stop();
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("planmon.gateway.token.verifications")
                .description("Bearer tokens of API calls, verified or reused from an earlier call's verification")
                .tag("result", result)
                .register(registry);
    }

    /** A verified token's identity and the instant (nanoTime) until which it is trusted. */
    private record Verified(SecurityIdentity identity, long until) {

        boolean validAt(long now) {
            return now - until < 0;
        }

        /** The identity as OIDC would have built it for this request: only the request it belongs to differs. */
        SecurityIdentity forRequest(RoutingContext ctx) {
            return QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(RoutingContext.class.getName(), ctx)
                    .build();
        }
    }
}
