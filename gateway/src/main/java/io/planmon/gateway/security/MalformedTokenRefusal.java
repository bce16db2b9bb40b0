package io.planmon.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Refuses a bearer token that cannot be a JWT ({@link BearerTokenShape}) with the 401 problem before Quarkus
 * authentication sees it: OIDC would take it for an opaque token and ask Keycloak to introspect it (a 503 when that
 * fails), and while Keycloak is down even its 401 challenge fails (a 500). A garbage token needs no Keycloak to judge.
 */
@ApplicationScoped
public class MalformedTokenRefusal {

    // Just ahead of authentication, after CORS (300), which answers preflights.
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 1;
    private static final String BEARER = "bearer";

    private final Counter refused;
    private final VerifiedTokens verified;

    MalformedTokenRefusal(MeterRegistry registry, VerifiedTokens verified) {
        this.verified = verified;
        this.refused = Counter.builder("planmon.gateway.token.verifications")
                .description("Bearer tokens of API calls: verified, reused from an earlier call's verification, or"
                        + " refused as malformed")
                .tag("result", "malformed")
                .register(registry);
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        Optional<String> malformed = malformed(ctx.request().getHeader(HttpHeaders.AUTHORIZATION), verified::trusts);
        if (malformed.isPresent()) {
            refused.increment();
            // SecurityProblemHandler answers it: 401, WWW-Authenticate: Bearer, a problem detail.
            ctx.fail(new AuthenticationFailedException(malformed.get()));
        } else {
            ctx.next();
        }
    }

    /**
     * Why an Authorization header carries a bearer token that cannot be a JWT; empty for any other header, and for a
     * token that passed verification before (a JWT, then), which is not decoded again.
     */
    static Optional<String> malformed(String authorization, Predicate<String> verified) {
        if (authorization == null) {
            return Optional.empty();
        }
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        String token = space < 0 ? "" : trimmed.substring(space + 1).trim();
        return verified.test(token) ? Optional.empty() : BearerTokenShape.malformed(token);
    }
}
