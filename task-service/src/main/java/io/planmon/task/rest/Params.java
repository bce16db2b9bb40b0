package io.planmon.task.rest;

import io.planmon.kit.http.QueryParams;
import io.planmon.kit.problem.ProblemException;
import io.planmon.task.domain.TaskStatus;
import java.util.List;

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

    /** An article number filter: absent, or 1 to 50 (an unknown article is a 400, not an empty list). */
    static Integer optionalArticle(String field, String raw) {
        return raw == null ? null : QueryParams.integer(field, raw, 0, 1, 50);
    }

    /** A status filter: absent, or one of the statuses; anything else, "" included, is a 400 listing them. */
    static TaskStatus optionalStatus(String field, String raw) {
        return QueryParams.choice(field, raw, TaskStatus.class).orElse(null);
    }

    /** A department filter: absent, or one of {@code known}; anything else is a 400 listing them. */
    static String optionalDepartment(String field, String raw, List<String> known) {
        return raw == null ? null : QueryParams.choice(field, raw, known).orElseThrow();
    }
}
