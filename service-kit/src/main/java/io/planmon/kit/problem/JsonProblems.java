package io.planmon.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.planmon.web.problem.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a request body Jackson could not bind into a problem: a value of the wrong kind is a 400 {@code validation}
 * naming its field as Jackson's path gives it ({@code milestones[0].due}); a body that is no JSON, has a second value
 * or a key twice, or is not an object at all is a 400 {@code unreadable-body} naming {@code body}.
 */
final class JsonProblems {
    private JsonProblems() {}

    static Problem of(JsonProcessingException e, String instance) {
        String field = e instanceof JsonMappingException mapping ? fieldOf(mapping.getPath()) : "";
        if (field.isEmpty()) {
            String message =
                    wrongShape(e) ? messageFor(e) : e.getOriginalMessage().split("\n")[0];
            return new Problem(
                    Problem.typeFor("unreadable-body"),
                    "Unreadable request body",
                    400,
                    "body: " + message,
                    instance,
                    List.of(new Problem.FieldError("body", message)));
        }
        String message = messageFor(e);
        return new Problem(
                Problem.typeFor("validation"),
                "Invalid input",
                400,
                field + ": " + message,
                instance,
                List.of(new Problem.FieldError(field, message)));
    }

    /**
     * A body of the wrong kind altogether ({@code [1]} where an object is bound): Jackson's own words would name the Java
     * class it was bound to, which is none of the caller's business.
     */
    private static boolean wrongShape(JsonProcessingException e) {
        return e instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                && e.getOriginalMessage().startsWith("Cannot deserialize value of type");
    }

    /** {@code [milestones, 0, due]} becomes {@code milestones[0].due}; an empty path (the body itself), "". */
    static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String messageFor(JsonProcessingException e) {
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return "cannot be read: " + e.getOriginalMessage().split("\n")[0];
        }
        String expected = "must be " + expected(mismatch.getTargetType());
        if (e instanceof InvalidFormatException format && format.getValue() != null) {
            Object value = format.getValue();
            return expected + ", got " + (value instanceof String text ? '"' + text + '"' : value);
        }
        return expected;
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class
                || type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class
                || Number.class.isAssignableFrom(type)) {
            return "a JSON number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date like 2027-06-30";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-04-01T00:00:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")
                ? "an object"
                : "a " + type.getSimpleName();
    }
}
