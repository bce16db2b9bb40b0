package io.planmon.indicator.domain.evaluation;

import io.planmon.web.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads typed parameters out of a JSON map, collecting one field error per bad parameter instead of failing. */
final class Params {
    private final Map<String, Object> values;
    private final String prefix;
    private final List<FieldError> errors;
    private final Set<String> read = new HashSet<>();

    Params(Map<String, Object> values, String prefix, List<FieldError> errors) {
        this.values = values == null ? Map.of() : values;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** A number; {@code fallback} when absent, and when the fallback is null the parameter is required. */
    BigDecimal number(String key, BigDecimal fallback) {
        read.add(key);
        Object raw = values.get(key);
        if (raw == null) {
            if (fallback == null) {
                error(key, "is required");
            }
            return fallback;
        }
        if (!(raw instanceof Number)) {
            error(key, "must be a number");
            return fallback;
        }
        try {
            // Through the text, so that a JSON 0.1 stays 0.1 instead of its binary neighbour.
            return new BigDecimal(raw.toString());
        } catch (NumberFormatException e) {
            error(key, "must be a finite number");
            return fallback;
        }
    }

    /** A required four-digit year, as periods write it; 0 when invalid (the error is recorded). */
    int year(String key) {
        BigDecimal number = number(key, null);
        if (number == null) {
            return 0;
        }
        if (number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(1000)) < 0
                || number.compareTo(BigDecimal.valueOf(9999)) > 0) {
            error(key, "must be a four-digit year");
            return 0;
        }
        return number.intValueExact();
    }

    /** A required non-blank text such as an indicator code. */
    String text(String key) {
        read.add(key);
        Object raw = values.get(key);
        if (!(raw instanceof String s) || s.isBlank()) {
            error(key, raw == null ? "is required" : "must be a non-blank text");
            return null;
        }
        return s;
    }

    /** Reports every key no reader asked for (a typo such as "basYear" must not pass silently), except {@code allowed}. */
    void rejectUnread(String owner, Set<String> allowed) {
        values.keySet().stream()
                .filter(k -> !read.contains(k) && !allowed.contains(k))
                .sorted()
                .forEach(k -> error(k, "is not a parameter of " + owner));
    }

    void error(String key, String message) {
        errors.add(new FieldError(prefix + key, message));
    }
}
