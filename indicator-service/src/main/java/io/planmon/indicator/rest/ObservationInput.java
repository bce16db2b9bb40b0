package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.kit.problem.ProblemException;
import java.math.BigDecimal;

/**
 * The body of a single push: the value and, optionally, why it was sent or revised. Read by hand so that every
 * defect is a problem naming its field ({@code value}, {@code note}, {@code body}), whatever the JSON looks like.
 */
public record ObservationInput(BigDecimal value, String note) {
    static final int MAX_NOTE = 2000;

    static ObservationInput parse(String body, ObjectMapper json) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank()
                    ? null
                    : json.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                            .readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw ProblemException.invalid("body", "a JSON object such as {\"value\": 131.0} is required");
        }
        JsonNode value = tree.get("value");
        if (value == null || value.isNull()) {
            throw ProblemException.invalid("value", "a numeric value is required");
        }
        if (!value.isNumber()) {
            throw ProblemException.invalid("value", "must be a JSON number, got " + value);
        }
        JsonNode note = tree.get("note");
        if (note != null && !note.isNull() && !note.isTextual()) {
            throw ProblemException.invalid("note", "must be text");
        }
        String text = note == null || note.isNull() ? null : note.asText();
        if (text != null && text.length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "at most " + MAX_NOTE + " characters");
        }
        return new ObservationInput(value.decimalValue(), text);
    }
}
