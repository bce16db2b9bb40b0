package io.planmon.kit.http;

import io.planmon.kit.problem.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses query parameters by hand, so that a bad one is a 400 problem naming it (JAX-RS would answer 404, or ignore
 * it): numbers out of range, and filter values that are not among the allowed ones, which the problem lists. An
 * absent parameter is "no filter"; a present but empty one ({@code ?status=}) is an error like any unknown value.
 */
public final class QueryParams {
    private QueryParams() {}

    /** {@code raw} as an integer from {@code min} to {@code max}; {@code fallback} when absent. */
    public static int integer(String field, String raw, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an out-of-range number
        }
        throw ProblemException.invalid(field, "must be an integer from " + min + " to " + max + ", got '" + raw + "'");
    }

    /** The page size: 1 to {@code max}, {@code fallback} when absent. */
    public static int limit(String raw, int fallback, int max) {
        return integer("limit", raw, fallback, 1, max);
    }

    /** How many rows to skip: 0 or more, 0 when absent. */
    public static int offset(String raw) {
        return integer("offset", raw, 0, 0, Integer.MAX_VALUE);
    }

    /** One of {@code allowed} (compared in upper case), empty when absent; anything else is a 400 listing them. */
    public static Optional<String> choice(String field, String raw, Collection<String> allowed) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toUpperCase(Locale.ROOT);
        if (allowed.contains(value)) {
            return Optional.of(value);
        }
        throw ProblemException.invalid(field, "must be one of " + String.join(", ", allowed) + ", got '" + raw + "'");
    }

    /** One of the constants of {@code type}, empty when absent; anything else is a 400 listing them. */
    public static <E extends Enum<E>> Optional<E> choice(String field, String raw, Class<E> type) {
        Collection<String> names =
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return choice(field, raw, names).map(name -> Enum.valueOf(type, name));
    }

    /**
     * The value of query parameter {@code name} as sent: {@code injected} when JAX-RS gave one, else "" when the
     * query names the parameter without a value ({@code ?status=}, which RESTEasy Reactive injects as null), else
     * null (absent).
     */
    public static String sent(UriInfo uri, String name, String injected) {
        if (injected != null) {
            return injected;
        }
        return uri.getQueryParameters().containsKey(name) ? "" : null;
    }

    /** Free text (a department or subject code), stripped; empty when absent or blank. */
    public static Optional<String> text(String raw) {
        return Optional.ofNullable(raw).map(String::strip).filter(s -> !s.isEmpty());
    }
}
