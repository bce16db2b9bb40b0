package io.planmon.gateway.security;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a bearer token is shaped like a signed JWT at all (three base64url parts, a JSON header naming its algorithm
 * and a JSON payload). Keycloak issues nothing else to planmon, and Quarkus OIDC would take any other string for an
 * opaque token and ask Keycloak to introspect it, which the gateway has no credentials for: that failure looked like
 * an unreachable identity provider (503) although the token was simply garbage (401).
 */
final class BearerTokenShape {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]+");

    private BearerTokenShape() {}

    /** Why the token cannot be a JWT, or empty when it may be one (its signature and claims are checked later). */
    static Optional<String> malformed(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.of("the bearer token is empty");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.of("the bearer token is not a JWT: it has " + parts.length + " part(s), not 3");
        }
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                return Optional.of("the bearer token is not a JWT: a part is empty or not base64url");
            }
        }
        Optional<JsonObject> header = json(parts[0]);
        if (header.isEmpty() || !(header.get().getValue("alg") instanceof String alg) || alg.isBlank()) {
            return Optional.of("the bearer token is not a JWT: its header is no JSON object naming an algorithm");
        }
        if (json(parts[1]).isEmpty()) {
            return Optional.of("the bearer token is not a JWT: its payload is no JSON object");
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> json(String part) {
        try {
            return Optional.of(new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | DecodeException | ClassCastException notJson) {
            return Optional.empty();
        }
    }
}
