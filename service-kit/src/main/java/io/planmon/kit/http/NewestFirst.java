package io.planmon.kit.http;

import io.planmon.web.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The keyset cursor of a newest-first list ordered by (a time, id) descending: the next page holds the rows strictly
 * after the last one given. Rows added meanwhile carry a later time, so they land before the cursor and never shift
 * a row into a second page or out of every page.
 */
public record NewestFirst(Instant at, long id) {
    /** The cursor sent back by a client, empty when absent; a malformed one is a 400 naming {@code cursor}. */
    public static Optional<NewestFirst> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Cursor cursor = Cursor.decode(raw, 2);
        try {
            return Optional.of(new NewestFirst(Instant.parse(cursor.part(0)), cursor.number(1)));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(
                    Cursor.PARAM, "is not a cursor this list gave out (take it from the Link header)");
        }
    }

    public static NewestFirst after(Instant at, long id) {
        return new NewestFirst(at, id);
    }

    /** The JPQL condition "after this cursor" on {@code timeField} and {@code idField}; add {@link #bind} too. */
    public static String condition(String timeField, String idField) {
        return "(" + timeField + " < :cursorAt or (" + timeField + " = :cursorAt and " + idField + " < :cursorId))";
    }

    public Parameters bind(Parameters params) {
        return params.and("cursorAt", at).and("cursorId", id);
    }

    public String encode() {
        return Cursor.of(at, id).encode();
    }
}
