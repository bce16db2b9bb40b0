package io.planmon.task.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.kit.http.ControlCharacters;
import io.planmon.kit.problem.ProblemException;
import io.planmon.task.service.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of a JSON object by hand, recording each defect against its field ({@code milestones[1].due}) so
 * that a word where a number belongs is a problem naming the field, not the framework's own error.
 */
final class JsonBody {
    private final JsonNode node;
    private final String prefix;
    private final Violations violations;

    private JsonBody(JsonNode node, String prefix, Violations violations) {
        this.node = node;
        this.prefix = prefix;
        this.violations = violations;
    }

    static JsonBody parse(String body, ObjectMapper json, Violations violations) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw ProblemException.invalid("body", "a JSON object is required");
        }
        return new JsonBody(tree, "", violations);
    }

    String name(String field) {
        return prefix + field;
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    String text(String field, boolean required, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                violations.add(name(field), "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            violations.add(name(field), "must be text, got " + value);
            return null;
        }
        String text = value.asText().strip();
        Optional<String> control = ControlCharacters.inText(text);
        if (control.isPresent()) {
            violations.add(name(field), control.get());
            return null;
        }
        if (required && text.isEmpty()) {
            violations.add(name(field), "must not be blank");
            return null;
        }
        if (text.length() > max) {
            violations.add(name(field), "at most " + max + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                violations.add(name(field), "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber()) {
            violations.add(name(field), "must be a whole number, got " + value);
            return null;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            violations.add(name(field), "must be between " + min + " and " + max + ", got " + value);
            return null;
        }
        return value.intValue();
    }

    Long id(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1) {
            violations.add(name(field), "must be a positive whole number, got " + value);
            return null;
        }
        return value.longValue();
    }

    LocalDate date(String field, boolean required) {
        String text = text(field, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(name(field), "must be a date like 2027-06-30, got '" + text + "'");
            return null;
        }
    }

    /** An array of strings; each item's defect is reported as {@code field[i]}. */
    List<String> texts(String field, int maxItems, int maxLength) {
        List<String> items = new ArrayList<>();
        for (JsonBody item : array(field, maxItems)) {
            if (!item.node.isTextual() || item.node.asText().isBlank()) {
                violations.add(item.prefix, "must be non-blank text, got " + item.node);
            } else if (item.node.asText().length() > maxLength) {
                violations.add(item.prefix, "at most " + maxLength + " characters");
            } else if (ControlCharacters.inText(item.node.asText()).isPresent()) {
                violations.add(
                        item.prefix,
                        ControlCharacters.inText(item.node.asText()).get());
            } else {
                items.add(item.node.asText().strip());
            }
        }
        return items;
    }

    /** An array of objects, each read with its own prefix ({@code milestones[0].}). */
    List<JsonBody> objects(String field, int maxItems) {
        List<JsonBody> items = new ArrayList<>();
        for (JsonBody item : array(field, maxItems)) {
            if (!item.node.isObject()) {
                violations.add(item.prefix, "must be an object, got " + item.node);
            } else {
                items.add(new JsonBody(item.node, item.prefix + ".", violations));
            }
        }
        return items;
    }

    private List<JsonBody> array(String field, int maxItems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            violations.add(name(field), "must be an array, got " + value);
            return List.of();
        }
        if (value.size() > maxItems) {
            violations.add(name(field), "at most " + maxItems + " items");
            return List.of();
        }
        List<JsonBody> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonBody(value.get(i), name(field) + "[" + i + "]", violations));
        }
        return items;
    }
}
