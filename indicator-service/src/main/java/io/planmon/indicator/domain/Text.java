package io.planmon.indicator.domain;

import java.util.Optional;

/**
 * Control characters a text may not hold: PostgreSQL cannot store NUL at all, and the others in a code, a period or a
 * query parameter are a client's defect, refused with the field named rather than failing in the database.
 */
public final class Text {
    private Text() {}

    /** Why {@code text} is refused, if it is: any control character. */
    public static Optional<String> controlIn(String text) {
        return find(text, false);
    }

    /** Why a note is refused, if it is: a control character other than tab and line breaks. */
    public static Optional<String> controlInNote(String text) {
        return find(text, true);
    }

    private static Optional<String> find(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r');
            if (Character.isISOControl(c) && !allowed) {
                return Optional.of(String.format("must not contain control characters (U+%04X at %d)", (int) c, i));
            }
        }
        return Optional.empty();
    }
}
