package io.planmon.gateway.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.planmon.web.problem.Problem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletionException;

/**
 * Answers authentication and authorisation failures with a problem detail, where Quarkus would send an empty 401 or
 * 403, or a 500 when Keycloak cannot be reached.
 *
 * <p>Two paths lead here. A token that is present but invalid (malformed, bad signature, expired, wrong issuer or
 * audience) fails proactive authentication: Quarkus lets the OIDC mechanism set the challenge ({@code 401},
 * {@code WWW-Authenticate: Bearer}) and then fails the routing context with {@link AuthenticationFailedException},
 * documented as the hook for customising the response. A call without a token is failed with
 * {@link UnauthorizedException} by {@link AuthenticationGate}. The dashboard's sign-in redirects by failing with
 * {@link AuthenticationRedirectException}, which passes through here as the redirect it is, never as an error.
 */
@ApplicationScoped
public class SecurityProblemHandler {

    void register(@Observes Router router) {
        // Failure handlers run in route order; this one precedes QuarkusErrorHandler, which Quarkus puts last.
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Throwable failure = rootCause(ctx.failure());
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.next();
            return;
        }
        String path = ctx.request().path();
        if (failure instanceof AuthenticationRedirectException redirect) {
            // The dashboard's code flow: to Keycloak, or back to the page without code and state after signing in.
            // A redirect, not an error: it must reach the browser as such.
            response.setStatusCode(redirect.getCode())
                    .putHeader(HttpHeaderNames.LOCATION, redirect.getRedirectUri())
                    .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store")
                    .end();
        } else if (failure instanceof AuthenticationFailedException && isChallengeOfTheCodeFlow(response)) {
            // The dashboard's tenant challenged with a redirect to Keycloak (or 499 for the page's scripts).
            response.end();
        } else if (failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            if (!response.headers().contains(HttpHeaderNames.WWW_AUTHENTICATE)) {
                response.putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
            }
            String detail = failure instanceof UnauthorizedException
                    ? "a bearer token from the planmon realm is required"
                    : "the bearer token is not valid: malformed, expired, wrongly signed, from another issuer or for"
                            + " another audience";
            Problem.of(401, "unauthorized", "Unauthorized", detail, path).sendTo(response);
        } else if (HttpSecurityRecorder.DefaultAuthFailureHandler.isOtherAuthenticationFailure(ctx)) {
            // Authentication could not be carried out at all, typically because Keycloak is unreachable: the token
            // may well be valid, so this is no 401 but a temporary outage.
            response.putHeader(HttpHeaderNames.RETRY_AFTER, "5");
            Problem.of(
                            503,
                            "authentication-unavailable",
                            "Authentication unavailable",
                            "the bearer token cannot be verified now: the identity provider is unreachable",
                            path)
                    .sendTo(response);
        } else if (failure instanceof ForbiddenException) {
            String detail = failure.getMessage() == null || failure.getMessage().isBlank()
                    ? "your role does not allow this call"
                    : failure.getMessage();
            Problem.of(403, "forbidden", "Forbidden", detail, path).sendTo(response);
        } else {
            ctx.next();
        }
    }

    private static boolean isChallengeOfTheCodeFlow(HttpServerResponse response) {
        return response.headers().contains(HttpHeaderNames.LOCATION) || response.getStatusCode() == 499;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
