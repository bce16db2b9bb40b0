package io.planmon.indicator.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a target PUT, bound by Jackson: the kind, its parameters (which depend on the kind, so the service's
 * target parser judges them, naming every wrong or unknown one at once) and optionally bands. Numbers are read exactly,
 * as BigDecimal, so that a tolerance of 0.1 stays 0.1.
 */
@Schema(name = "TargetInput")
public record TargetInput(
        @Schema(description = "one of the kinds of docs/spec.md#target-kinds", example = "MULTIPLE_OF_BASE")
                String kind,
        @Schema(description = "progress-ratio thresholds overriding the defaults, e.g. {onTrack: 0.95, atRisk: 0.85}")
                @JsonDeserialize(contentUsing = Exact.class)
                Map<String, Object> bands,
        @JsonAnySetter @JsonDeserialize(contentUsing = Exact.class) @Schema(hidden = true) Map<String, Object> params) {

    /** Kind, parameters and bands as one object, the way the service reads a target. */
    Map<String, Object> asMap() {
        Map<String, Object> all = new LinkedHashMap<>();
        if (params != null) {
            all.putAll(params);
        }
        all.put("kind", kind);
        all.put("bands", bands);
        return all;
    }

    /** Reads any JSON value with floats as BigDecimal, from the parser the mapper opened (its strict rules hold). */
    public static final class Exact extends StdDeserializer<Object> {
        private static final ObjectReader EXACT =
                new ObjectMapper().readerFor(Object.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        public Exact() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return EXACT.readValue(parser);
        }
    }
}
