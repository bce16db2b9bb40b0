package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.planmon.indicator.service.ImportRow;
import io.planmon.indicator.service.RowSource;
import io.planmon.web.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of an asynchronous import read from the request body as it streams in, with the same rules per row as the
 * synchronous batch ({@link BatchInput}, {@link CsvBatch}): a body that is not JSON or CSV at all is a 400, a bad row
 * a rejected row.
 */
final class StreamedRows {
    private static final String ARRAY_REQUIRED = "an array of {indicator, period, value, note?} is required";

    private StreamedRows() {}

    static RowSource json(InputStream body, ObjectMapper json) {
        return (chunkRows, chunk) -> {
            try (JsonParser parser = json.getFactory().createParser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw ProblemException.invalid("body", "a JSON object {\"observations\": [...]} is required");
                }
                boolean found = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (!"observations".equals(name)) {
                        parser.skipChildren();
                        continue;
                    }
                    if (value != JsonToken.START_ARRAY) {
                        throw ProblemException.invalid("observations", ARRAY_REQUIRED);
                    }
                    found = true;
                    readArray(parser, json, chunkRows, chunk);
                }
                if (!found) {
                    throw ProblemException.invalid("observations", ARRAY_REQUIRED);
                }
                if (parser.nextToken() != null) {
                    throw ProblemException.invalid("body", "content after the JSON object");
                }
            } catch (JsonProcessingException e) {
                throw ProblemException.invalid("body", "not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("the request body broke off", e);
            }
        };
    }

    private static void readArray(JsonParser parser, ObjectMapper json, int chunkRows, Consumer<List<ImportRow>> chunk)
            throws IOException {
        Chunker rows = new Chunker(chunkRows, chunk);
        // One row at a time from the open stream: the rows after it are no trailing tokens (the mappers refuse those).
        ObjectReader rowReader = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = rowReader.readTree(parser);
            rows.add(BatchInput.row(rows.next(), node));
        }
        rows.flush();
    }

    static RowSource csv(InputStream body) {
        return (chunkRows, chunk) -> {
            try {
                CsvRecords csv = new CsvRecords(new InputStreamReader(body, StandardCharsets.UTF_8));
                List<String> header = CsvBatch.header(csv.next());
                Chunker rows = new Chunker(chunkRows, chunk);
                for (CsvRecords.Record record = csv.next(); record != null; record = csv.next()) {
                    rows.add(CsvBatch.row(rows.next(), header, record));
                }
                rows.flush();
            } catch (CsvRecords.MalformedCsv e) {
                throw CsvBatch.malformed(e);
            }
        };
    }

    /** Collects rows into chunks and hands each full chunk on. */
    private static final class Chunker {
        private final int size;
        private final Consumer<List<ImportRow>> sink;
        private List<ImportRow> rows = new ArrayList<>();
        private int count;

        Chunker(int size, Consumer<List<ImportRow>> sink) {
            this.size = size;
            this.sink = sink;
        }

        int next() {
            return count;
        }

        void add(ImportRow row) {
            rows.add(row);
            count++;
            if (rows.size() == size) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                sink.accept(rows);
                rows = new ArrayList<>();
            }
        }
    }
}
