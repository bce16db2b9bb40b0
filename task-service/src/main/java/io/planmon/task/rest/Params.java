package io.planmon.task.rest;

import io.planmon.kit.problem.ProblemException;

/**
 * Parses numeric path and query parameters by hand: JAX-RS answers a parameter that does not convert with 404, but a
 * malformed value is the caller's input error, a 400 naming the field.
 */
final class Params {
    private Params() {}

    static int integer(String field, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be an integer, got '" + raw + "'");
        }
    }
}
