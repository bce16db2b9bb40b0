package io.planmon.notification.rest;

import io.planmon.kit.problem.ProblemException;

/**
 * Parses numeric query parameters by hand: JAX-RS answers a parameter that does not convert with 404, but a malformed
 * value is the caller's input error, a 400 naming the field.
 */
final class Params {
    /** What an empty body (or {@code null}) is told; any other defect of a body names its field. */
    static final String BODY_REQUIRED = "must be a JSON object";

    private Params() {}

    static int integerBetween(String field, String raw, int min, int max) {
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

    /** A path id: a positive whole number, else a 400 naming the parameter. */
    static long id(String field, String raw) {
        try {
            long value = Long.parseLong(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(field, "must be a positive integer id, got '" + raw + "'");
    }
}
