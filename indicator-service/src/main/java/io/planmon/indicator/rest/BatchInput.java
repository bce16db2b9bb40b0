package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.service.ImportRow;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.kit.problem.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a batch push from JSON {@code {observations: [...]}} or from CSV with the header
 * {@code indicator,period,value,note}. A body that cannot be read at all is a 400; a row that cannot be read becomes a
 * rejected row, so that the rows around it are still stored.
 */
final class BatchInput {
    private static final List<String> COLUMNS = List.of("indicator", "period", "value", "note");

    private BatchInput() {}

    static List<ImportRow> fromJson(String body, ObjectMapper json) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
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

    static List<ImportRow> fromCsv(String body) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(body == null ? "" : body);
        } catch (CsvReader.MalformedCsv e) {
            throw ProblemException.invalid("body", "not valid CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw ProblemException.invalid("header", "the header line indicator,period,value,note is required");
        }
        List<String> header = records.get(0).fields().stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        for (String column : header) {
            if (!COLUMNS.contains(column) || header.indexOf(column) != header.lastIndexOf(column)) {
                throw ProblemException.invalid(
                        "header", "unknown or repeated column '" + column + "': use indicator,period,value,note");
            }
        }
        for (String required : COLUMNS.subList(0, 3)) {
            if (!header.contains(required)) {
                throw ProblemException.invalid("header", "the column '" + required + "' is missing");
            }
        }
        limit(records.size() - 1);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(row(i - 1, header, records.get(i)));
        }
        return rows;
    }

    private static ImportRow row(int index, List<String> header, CsvReader.Record record) {
        List<String> fields = record.fields();
        String indicator = blankToNull(cell(header, fields, "indicator"));
        String period = blankToNull(cell(header, fields, "period"));
        if (fields.size() != header.size()) {
            return ImportRow.unreadable(
                    index,
                    indicator,
                    period,
                    "row",
                    "line " + record.line() + " has " + fields.size() + " fields, the header " + header.size());
        }
        String value = blankToNull(cell(header, fields, "value"));
        if (indicator == null) {
            return ImportRow.unreadable(index, null, period, "indicator", "an indicator code is required");
        }
        if (period == null) {
            return ImportRow.unreadable(index, indicator, null, "period", "a period such as 2026 is required");
        }
        if (value == null) {
            return ImportRow.unreadable(index, indicator, period, "value", "a numeric value is required");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return ImportRow.unreadable(index, indicator, period, "value", "'" + value + "' is not a number");
        }
        return checkedNote(index, indicator, period, number, blankToNull(cell(header, fields, "note")));
    }

    private static ImportRow checkedNote(int index, String indicator, String period, BigDecimal value, String note) {
        if (note != null && note.length() > ObservationInput.MAX_NOTE) {
            return ImportRow.unreadable(
                    index, indicator, period, "note", "at most " + ObservationInput.MAX_NOTE + " characters");
        }
        return ImportRow.read(index, indicator, period, value, note);
    }

    private static void limit(int rows) {
        if (rows > ObservationImport.MAX_ROWS) {
            throw ProblemException.invalid(
                    "observations", "at most " + ObservationImport.MAX_ROWS + " rows per call, got " + rows);
        }
    }

    private static String cell(List<String> header, List<String> fields, String column) {
        int i = header.indexOf(column);
        return i >= 0 && i < fields.size() ? fields.get(i).trim() : null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank()
                ? node.asText().trim()
                : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
