package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.indicator.service.ImportRow;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.web.problem.ProblemException;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a JSON batch push, {@code {observations: [...]}} (CSV: {@link CsvBatch}), bound by Jackson. A body that
 * cannot be read at all is a 400 naming {@code body} or {@code observations}; the rows are bound as they were sent and
 * read one at a time, so that a row that cannot be read becomes a rejected row and the rows around it are stored.
 */
@Schema(name = "BatchInput")
public record BatchInput(
        @Schema(
                        description = "the rows, each {indicator, period, value, note?}",
                        maxItems = ObservationImport.MAX_ROWS,
                        example = "[{\"indicator\": \"GDP_PER_CAPITA\", \"period\": \"2026\", \"value\": 131.0}]")
                @NotNull(message = ROWS)
                List<JsonNode> observations) {
    static final String ROWS = "an array of \\{indicator, period, value, note?\\} is required";

    static ImportRow row(int index, JsonNode node) {
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
