package io.planmon.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.kit.http.ControlCharacters;
import io.planmon.kit.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads request bodies field by field, so that every input error is a 400 naming its field (a typed body that does
 * not bind would be answered by Quarkus before any problem mapper runs).
 */
final class JsonFields {
    private final JsonNode body;

    JsonFields(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        this.body = body;
    }

    String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ProblemException.invalid(field, "must be a string");
        }
        String value = node.asText().strip();
        ControlCharacters.inText(value).ifPresent(message -> {
            throw ProblemException.invalid(field, message);
        });
        return value.isEmpty() ? null : value;
    }

    String requiredText(String field) {
        String value = text(field);
        if (value == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return value;
    }

    /** An upper-case enum name, or null when absent. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    Integer integer(String field, int min) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min) {
            throw ProblemException.invalid(field, "must be an integer of at least " + min);
        }
        return node.asInt();
    }

    Boolean bool(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw ProblemException.invalid(field, "must be true or false");
        }
        return node.asBoolean();
    }

    Instant instant(String field) {
        String value = requiredText(field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-04-01T00:00:00Z");
        }
    }

    List<Long> ids(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ProblemException.invalid(field, "must be an array of receiver ids");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (!id.isIntegralNumber() || !id.canConvertToLong()) {
                throw ProblemException.invalid(field + "[" + i + "]", "must be a receiver id");
            }
            ids.add(id.asLong());
        }
        return ids;
    }
}
