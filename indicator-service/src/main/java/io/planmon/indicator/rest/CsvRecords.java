package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The records of an RFC 4180 text (fields separated by commas, optionally in double quotes, where a quoted field may
 * hold commas, line breaks and doubled quotes; LF or CRLF; a BOM ignored; blank lines skipped), read one at a time by
 * jackson-dataformat-csv, so that an import of a million lines is never held in memory whole.
 */
final class CsvRecords {
    private static final CsvMapper CSV = new CsvMapper();

    /** One record and the line it starts on (from 1), so that a rejected row can be found in the file. */
    record Record(int line, List<String> fields) {}

    /** Thrown for a quote that is never closed or text glued to a closing quote. */
    static final class MalformedCsv extends RuntimeException {
        MalformedCsv(String message) {
            super(message);
        }
    }

    private final MappingIterator<List<String>> records;

    CsvRecords(Reader in) {
        try {
            records = CSV.readerForListOf(String.class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .readValues(withoutBom(in));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The next record that is not blank, or null at the end. */
    Record next() {
        try {
            while (records.hasNextValue()) {
                int line = records.getParser().currentLocation().getLineNr();
                List<String> fields = records.nextValue();
                if (fields.size() > 1 || (fields.size() == 1 && !fields.get(0).isBlank())) {
                    return new Record(line, fields);
                }
            }
            return null;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private RuntimeException failure(IOException e) {
        if (e instanceof JsonProcessingException parse) {
            int line = parse.getLocation() == null ? 0 : parse.getLocation().getLineNr();
            return new MalformedCsv(
                    "line " + line + ": " + parse.getOriginalMessage().split("\n")[0]);
        }
        return new UncheckedIOException("the request body broke off", e);
    }

    private static Reader withoutBom(Reader in) {
        PushbackReader reader = new PushbackReader(in, 1);
        try {
            int first = reader.read();
            if (first >= 0 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the request body broke off", e);
        }
        return reader;
    }
}
