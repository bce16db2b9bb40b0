package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.service.ImportRow;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.kit.problem.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a batch push from JSON {@code {observations: [...]}} (CSV: {@link CsvBatch}). A body that cannot
 * be read at all is a 400; a row that cannot be read becomes a rejected row, so that the rows around it are stored.
 */
final class BatchInput {
    private BatchInput() {}

    static List<ImportRow> fromJson(String body, ObjectMapper json) {
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
            throw ProblemException.invalid("body", "a JSON object {\"observations\": [...]} is required");
        }
        JsonNode list = tree.get("observations");
        if (list == null || !list.isArray()) {
            throw ProblemException.invalid("observations", "an array of {indicator, period, value, note?} is required");
        }
        limit(list.size());
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rows.add(row(i, list.get(i)));
        }
        return rows;
    }

    private static ImportRow row(int index, JsonNode node) {
        if (!node.isObject()) {
            return ImportRow.unreadable(
                    index, null, null, "row", "must be an object {indicator, period, value, note?}");
        }
        String indicator = text(node.get("indicator"));
        String period = text(node.get("period"));
        JsonNode value = node.get("value");
        JsonNode note = node.get("note");
        if (indicator == null) {
            return ImportRow.unreadable(index, null, period, "indicator", "an indicator code is required");
        }
        if (period == null) {
            return ImportRow.unreadable(index, indicator, null, "period", "a period such as 2026 is required");
        }
        if (value == null || value.isNull()) {
            return ImportRow.unreadable(index, indicator, period, "value", "a numeric value is required");
        }
        if (!value.isNumber()) {
            return ImportRow.unreadable(index, indicator, period, "value", "must be a JSON number, got " + value);
        }
        if (note != null && !note.isNull() && !note.isTextual()) {
            return ImportRow.unreadable(index, indicator, period, "note", "must be text");
        }
        return checkedNote(index, indicator, period, value.decimalValue(), text(note));
    }

    static ImportRow checkedNote(int index, String indicator, String period, BigDecimal value, String note) {
        if (note != null && note.length() > ObservationInput.MAX_NOTE) {
            return ImportRow.unreadable(
                    index, indicator, period, "note", "at most " + ObservationInput.MAX_NOTE + " characters");
        }
        return ImportRow.read(index, indicator, period, value, note);
    }

    static void limit(int rows) {
        if (rows > ObservationImport.MAX_ROWS) {
            throw ProblemException.invalid(
                    "observations", "at most " + ObservationImport.MAX_ROWS + " rows per call, got " + rows);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank()
                ? node.asText().trim()
                : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
