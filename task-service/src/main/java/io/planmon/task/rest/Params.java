package io.planmon.task.rest;

import io.planmon.kit.problem.ProblemException;
import io.planmon.task.domain.TaskStatus;
import java.util.Arrays;

/**
 * Parses path and query parameters by hand: JAX-RS answers a parameter that does not convert with 404, but a
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

    static long id(String field, String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a task id (a whole number), got '" + raw + "'");
        }
    }

    static Integer optionalInteger(String field, String raw) {
        return raw == null || raw.isBlank() ? null : integer(field, raw);
    }

    static String optionalText(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    static TaskStatus optionalStatus(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return TaskStatus.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    field, "must be one of " + Arrays.toString(TaskStatus.values()) + ", got '" + raw + "'");
        }
    }
}
