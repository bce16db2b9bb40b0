package io.planmon.web.http;

import io.planmon.web.problem.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses query and path parameters by hand, so that a bad one is a 400 problem naming it (JAX-RS would answer 404, or
 * ignore it): numbers that are malformed or out of range, and filter values that are not among the allowed ones, which
 * the problem lists. An absent parameter is "no filter"; a present but empty one ({@code ?status=}) is an error like
 * any unknown value.
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

    /** {@code raw} as an integer from {@code min} to {@code max}; empty when absent. */
    public static Optional<Integer> optionalInteger(String field, String raw, int min, int max) {
        return raw == null ? Optional.empty() : Optional.of(integer(field, raw, min, min, max));
    }

    /** A path value such as an article number: any integer, else a 400. */
    public static int integer(String field, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be an integer, got '" + raw + "'");
        }
    }

    /** A path value that is a whole number of any size (an unknown one is then a 404, not a 400). */
    public static long wholeNumber(String field, String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number, got '" + raw + "'");
        }
    }

    /** A path id: a positive whole number, else a 400 naming the parameter. */
    public static long id(String field, String raw) {
        try {
            long value = Long.parseLong(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as a number that is no id
        }
        throw ProblemException.invalid(field, "must be a positive integer id, got '" + raw + "'");
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
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
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
