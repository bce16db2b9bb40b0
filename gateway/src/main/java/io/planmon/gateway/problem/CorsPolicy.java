package io.planmon.gateway.problem;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The origins and methods of {@code quarkus.http.cors.*}, read by the rules the Quarkus CORS guide gives for them: an
 * entry between slashes ({@code /https://.*\.example\.org/}) is a regular expression for the whole origin, {@code *}
 * alone allows every origin, and no methods (or {@code *} alone) allow every method. Our own reading, so that
 * {@link CorsRefusal} needs nothing of the CORS filter's internals.
 */
record CorsPolicy(List<String> origins, List<Pattern> originPatterns, Set<HttpMethod> methods) {

    static CorsPolicy of(Optional<List<String>> origins, Optional<List<String>> methods) {
        List<String> listed = trimmed(origins);
        List<Pattern> patterns = listed.stream()
                .filter(o -> o.length() > 1 && o.startsWith("/") && o.endsWith("/"))
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1)))
                .toList();
        List<String> named = trimmed(methods);
        Set<HttpMethod> allowed = named.isEmpty() || named.equals(List.of("*"))
                ? Set.of()
                : named.stream().map(HttpMethod::valueOf).collect(Collectors.toUnmodifiableSet());
        return new CorsPolicy(listed, patterns, allowed);
    }

    /** Whether the origin is named, matched by a pattern, or every origin is allowed. */
    boolean lists(String origin) {
        return origins.equals(List.of("*"))
                || origins.contains(origin)
                || originPatterns.stream().anyMatch(p -> p.matcher(origin).matches());
    }

    /** Whether a call from an allowed origin may use this method (every method when none are configured). */
    boolean allows(HttpMethod method) {
        return methods.isEmpty() || methods.contains(method);
    }

    private static List<String> trimmed(Optional<List<String>> values) {
        return values.orElse(List.of()).stream().map(String::trim).toList();
    }
}
