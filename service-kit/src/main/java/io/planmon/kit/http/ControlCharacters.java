package io.planmon.kit.http;

import io.planmon.web.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds control characters where no planmon input may hold them: NUL above all, which PostgreSQL cannot store or even
 * compare (a query with one failed as a 500), and the rest, which in a code, an id, a period or a filter can only be a
 * client's defect. Parameters are checked after percent-decoding; header values as the HTTP layer read them.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** Why a decoded path or query parameter is refused, if it is: any control character (C0, DEL or C1). */
    public static Optional<String> inParameter(String text) {
        return find(text, Mode.PARAMETER);
    }

    /**
     * Why a text of a JSON body is refused, if it is: a control character other than tab, line feed and carriage
     * return, which a narrative or a note may hold.
     */
    public static Optional<String> inText(String text) {
        return find(text, Mode.TEXT);
    }

    /**
     * Why a header value is refused, if it is: a C0 control other than the tab that RFC 9110 allows, or DEL. Bytes
     * beyond ASCII are read as Latin-1, where UTF-8 text would look like C1 controls, so those are left alone.
     */
    public static Optional<String> inHeader(String text) {
        return find(text, Mode.HEADER);
    }

    /** The first parameter whose name or one of whose values holds a control character, as the field to name. */
    public static Optional<Problem.FieldError> firstParameter(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<String> inName = inParameter(parameter.getKey());
            if (inName.isPresent()) {
                return Optional.of(new Problem.FieldError("parameter name", inName.get()));
            }
            for (String value : parameter.getValue()) {
                Optional<String> inValue = inParameter(value);
                if (inValue.isPresent()) {
                    return Optional.of(new Problem.FieldError(parameter.getKey(), inValue.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The first header whose value holds a control character, named as sent. */
    public static Optional<Problem.FieldError> firstHeader(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                Optional<String> inValue = inHeader(value);
                if (inValue.isPresent()) {
                    return Optional.of(new Problem.FieldError(header.getKey(), "header " + inValue.get()));
                }
            }
        }
        return Optional.empty();
    }

    private enum Mode {
        PARAMETER,
        TEXT,
        HEADER
    }

    private static Optional<String> find(String text, Mode mode) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean refused =
                    switch (mode) {
                        case PARAMETER -> Character.isISOControl(c);
                        case TEXT -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
                        case HEADER -> (c < 0x20 && c != '\t') || c == 0x7f;
                    };
            if (refused) {
                return Optional.of(String.format("must not contain control characters (U+%04X at %d)", (int) c, i));
            }
        }
        return Optional.empty();
    }
}
