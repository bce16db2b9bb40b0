package io.planmon.gateway.security;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Whether a bearer token is shaped like a signed JWT at all (three base64url parts, a JSON header naming its algorithm
 * and a JSON payload). Keycloak issues nothing else to planmon, and Quarkus OIDC would take any other string for an
 * opaque token and ask Keycloak to introspect it, which the gateway has no credentials for: that failure looked like
 * an unreachable identity provider (503) although the token was simply garbage (401). One pass over the characters, no
 * regular expression: it runs ahead of every call whose token the gateway has not verified yet.
 */
final class BearerTokenShape {

    private BearerTokenShape() {}

    /** Why the token cannot be a JWT, or empty when it may be one (its signature and claims are checked later). */
    static Optional<String> malformed(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.of("the bearer token is empty");
        }
        int parts = dots(token) + 1;
        if (parts != 3) {
            return Optional.of("the bearer token is not a JWT: it has " + parts + " part(s), not 3");
        }
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        if (first == 0 || second == first + 1 || second == token.length() - 1 || !base64UrlOrDots(token)) {
            return Optional.of("the bearer token is not a JWT: a part is empty or not base64url");
        }
        Optional<JsonObject> header = json(token.substring(0, first));
        if (header.isEmpty() || !(header.get().getValue("alg") instanceof String alg) || alg.isBlank()) {
            return Optional.of("the bearer token is not a JWT: its header is no JSON object naming an algorithm");
        }
        if (json(token.substring(first + 1, second)).isEmpty()) {
            return Optional.of("the bearer token is not a JWT: its payload is no JSON object");
        }
        return Optional.empty();
    }

    private static int dots(String token) {
        int dots = 0;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '.') {
                dots++;
            }
        }
        return dots;
    }

    /** Only the base64url alphabet ({@code A-Z a-z 0-9 - _}) and the parts' separating dots. */
    private static boolean base64UrlOrDots(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static Optional<JsonObject> json(String part) {
        try {
            return Optional.of(new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | DecodeException | ClassCastException notJson) {
            return Optional.empty();
        }
    }
}
