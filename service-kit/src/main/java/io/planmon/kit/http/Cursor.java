package io.planmon.kit.http;

import io.planmon.web.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A keyset cursor: the sort key of the last row of a page (e.g. its update time and id), opaque to clients. The next
 * page starts strictly after that key, so a walk through a list that grows meanwhile sees every row that was there
 * exactly once: rows added ahead of the cursor are not shifted into the pages still to come, as they are with offset.
 */
public record Cursor(List<String> parts) {
    public static final String PARAM = "cursor";
    private static final String SEPARATOR = "\n"; // never inside a key part: codes, numbers, ISO instants

    public static Cursor of(Object... parts) {
        return new Cursor(Arrays.stream(parts).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, with {@code size} parts; anything else is a 400 naming {@code cursor}. */
    public static Cursor decode(String raw, int size) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(SEPARATOR, -1));
            if (parts.size() == size) {
                return new Cursor(parts);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalid(PARAM, "is not a cursor this list gave out (take it from the Link header)");
    }

    public String part(int i) {
        return parts.get(i);
    }

    /** A part that must be a number (an id); a 400 naming {@code cursor} if it is not. */
    public long number(int i) {
        try {
            return Long.parseLong(parts.get(i));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(PARAM, "is not a cursor this list gave out (take it from the Link header)");
        }
    }
}
