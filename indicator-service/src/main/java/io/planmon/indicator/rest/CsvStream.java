package io.planmon.indicator.rest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CsvReader}'s rules (RFC 4180, LF or CRLF, blank lines skipped, a BOM ignored) applied to a stream, one record
 * at a time, so that an import of a million lines is never held in memory whole.
 */
final class CsvStream {
    private final Reader in;
    // Read in blocks: a character at a time from the Reader costs a lock per character, millions of them.
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int length;
    private int line = 1;
    private int pending = -2;
    private boolean started;
    private boolean ended;

    CsvStream(Reader in) {
        this.in = in;
    }

    /** The next record that is not blank, or null at the end. */
    CsvReader.Record next() {
        CsvReader.Record record;
        do {
            record = readRecord();
        } while (record != null
                && record.fields().size() == 1
                && record.fields().get(0).isBlank());
        return record;
    }

    private CsvReader.Record readRecord() {
        if (ended) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordLine = line;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (quoted) {
                    throw new CsvReader.MalformedCsv(
                            recordLine, "a quote opened on line " + recordLine + " is never closed");
                }
                ended = true;
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return new CsvReader.Record(recordLine, List.copyOf(fields));
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        unread(d);
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                line++;
                fields.add(field.toString());
                return new CsvReader.Record(recordLine, List.copyOf(fields));
            } else if (afterQuote) {
                throw new CsvReader.MalformedCsv(line, "text after a closing quote on line " + line);
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() {
        try {
            if (pending != -2) {
                int c = pending;
                pending = -2;
                return c;
            }
            int c = nextChar();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = nextChar();
                }
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int nextChar() throws IOException {
        if (position == length) {
            length = in.read(buffer);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pending = c;
    }
}
