package io.planmon.indicator.rest;

import io.planmon.indicator.service.ImportRow;
import io.planmon.web.problem.ProblemException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a CSV batch push: a header naming the columns {@code indicator}, {@code period}, {@code value} and
 * optionally {@code note}, in any order, then one row per value. A row that cannot be read becomes a rejected row.
 */
final class CsvBatch {
    private static final List<String> COLUMNS = List.of("indicator", "period", "value", "note");

    private CsvBatch() {}

    static List<ImportRow> read(String body) {
        List<CsvRecords.Record> records = new ArrayList<>();
        try {
            CsvRecords csv = new CsvRecords(new StringReader(body == null ? "" : body));
            for (CsvRecords.Record record = csv.next(); record != null; record = csv.next()) {
                records.add(record);
            }
        } catch (CsvRecords.MalformedCsv e) {
            throw malformed(e);
        }
        List<String> header = header(records.isEmpty() ? null : records.get(0));
        BatchInput.limit(records.size() - 1);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(row(i - 1, header, records.get(i)));
        }
        return rows;
    }

    /** The columns the header names, lower case, in their order; a header missing or not of {@link #COLUMNS}, 400. */
    static List<String> header(CsvRecords.Record first) {
        if (first == null) {
            throw ProblemException.invalid("header", "the header line indicator,period,value,note is required");
        }
        List<String> header = first.fields().stream()
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
        return header;
    }

    static ProblemException malformed(CsvRecords.MalformedCsv e) {
        return ProblemException.invalid("body", "not valid CSV: " + e.getMessage());
    }

    static ImportRow row(int index, List<String> header, CsvRecords.Record record) {
        List<String> fields = record.fields();
        String indicator = BatchInput.blankToNull(cell(header, fields, "indicator"));
        String period = BatchInput.blankToNull(cell(header, fields, "period"));
        if (fields.size() != header.size()) {
            return ImportRow.unreadable(
                    index,
                    indicator,
                    period,
                    "row",
                    "line " + record.line() + " has " + fields.size() + " fields, the header " + header.size());
        }
        String value = BatchInput.blankToNull(cell(header, fields, "value"));
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
        return BatchInput.checkedNote(
                index, indicator, period, number, BatchInput.blankToNull(cell(header, fields, "note")));
    }

    private static String cell(List<String> header, List<String> fields, String column) {
        int i = header.indexOf(column);
        return i >= 0 && i < fields.size() ? fields.get(i).trim() : null;
    }
}
