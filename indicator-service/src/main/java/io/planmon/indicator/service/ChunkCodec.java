package io.planmon.indicator.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A chunk of spooled rows as text for import_job_chunk: a JSON array of {@code [index, indicator, period, value, note,
 * field, problem]}, the value as a decimal string so that it comes back exactly as sent.
 */
final class ChunkCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChunkCodec() {}

    static String encode(List<ImportRow> rows) {
        StringWriter text = new StringWriter(rows.size() * 64);
        try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            out.writeStartArray();
            for (ImportRow row : rows) {
                out.writeStartArray();
                out.writeNumber(row.index());
                out.writeString(row.indicator());
                out.writeString(row.period());
                out.writeString(row.value() == null ? null : row.value().toString());
                out.writeString(row.note());
                out.writeString(row.field());
                out.writeString(row.problem());
                out.writeEndArray();
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a chunk", e);
        }
        return text.toString();
    }

    static List<ImportRow> decode(String text) {
        try {
            JsonNode array = JSON.readTree(text);
            List<ImportRow> rows = new ArrayList<>(array.size());
            for (JsonNode r : array) {
                rows.add(new ImportRow(
                        r.get(0).asInt(),
                        text(r.get(1)),
                        text(r.get(2)),
                        r.get(3).isNull() ? null : new BigDecimal(r.get(3).asText()),
                        text(r.get(4)),
                        text(r.get(5)),
                        text(r.get(6))));
            }
            return rows;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a spooled chunk is not the JSON it was written as", e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
