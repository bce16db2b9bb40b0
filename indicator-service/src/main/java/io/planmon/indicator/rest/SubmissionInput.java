package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.domain.Text;
import io.planmon.kit.problem.ProblemException;
import java.util.Iterator;
import java.util.Set;

/**
 * The bodies of the submission steps, read by hand so that every defect is a 400 naming its field: a field the step
 * does not take (a misspelt {@code reasons} would otherwise pass as no reason), text that is not text, too long, or
 * holding control characters. An empty body is an empty object (an approval needs no comment).
 */
record SubmissionInput(String department, String period, String comment) {
    static final int MAX_TEXT = 2000;

    /** {@code {"period": "2026", "department": "STATS", "comment": "…"}}; department is a reporter's own if absent. */
    static SubmissionInput submission(String body, ObjectMapper json) {
        JsonNode tree = object(body, json, Set.of("department", "period", "comment"));
        return new SubmissionInput(code(tree, "department"), code(tree, "period"), text(tree, "comment"));
    }

    /** The one text a decision takes: {@code comment} (approve, return) or {@code reason} (reopen). */
    static String decision(String body, ObjectMapper json, String field) {
        return text(object(body, json, Set.of(field)), field);
    }

    private static JsonNode object(String body, ObjectMapper json, Set<String> fields) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw ProblemException.invalid("body", "a JSON object is required, with " + String.join(", ", fields));
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ProblemException.invalid(name, "not a field of this step: it takes " + String.join(", ", fields));
            }
        }
        return tree;
    }

    /** A comment or reason: tab and line breaks allowed, at most {@link #MAX_TEXT} characters. */
    private static String text(JsonNode tree, String field) {
        String text = textual(tree, field);
        Text.controlInNote(text).ifPresent(m -> {
            throw ProblemException.invalid(field, m);
        });
        return text;
    }

    /** A department code or a period: no control characters at all. */
    private static String code(JsonNode tree, String field) {
        String text = textual(tree, field);
        Text.controlIn(text).ifPresent(m -> {
            throw ProblemException.invalid(field, m);
        });
        return text;
    }

    private static String textual(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ProblemException.invalid(field, "must be text, got " + node);
        }
        if (node.asText().length() > MAX_TEXT) {
            throw ProblemException.invalid(field, "at most " + MAX_TEXT + " characters");
        }
        return node.asText();
    }
}
