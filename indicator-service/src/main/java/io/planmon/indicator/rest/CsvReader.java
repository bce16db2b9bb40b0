package io.planmon.indicator.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by commas, optionally in double quotes, where a quoted field may
 * hold commas, line breaks and doubled quotes ({@code ""}). Lines end with LF or CRLF; blank lines are skipped.
 */
final class CsvReader {
    private CsvReader() {}

    /** One record and the line it starts on (from 1), so that a rejected row can be found in the file. */
    record Record(int line, List<String> fields) {}

    /** Thrown for a quote that is never closed or text glued to a closing quote. */
    static final class MalformedCsv extends RuntimeException {
        final int line;

        MalformedCsv(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                add(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                afterQuote = false;
                line++;
                recordLine = line;
            } else if (afterQuote) {
                throw new MalformedCsv(line, "text after a closing quote on line " + line);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsv(recordLine, "a quote opened on line " + recordLine + " is never closed");
        }
        fields.add(field.toString());
        add(records, recordLine, fields);
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
