package io.planmon.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;

/** One version of the merged document in both formats it is served in, written once per refresh, not per request. */
public record Rendered(JsonObject document, Buffer json, Buffer yaml) {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Quotes only where YAML needs them, as SmallRye writes its documents.
    private static final YAMLMapper YAML =
            YAMLMapper.builder().enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    static Rendered of(JsonObject document) {
        try {
            Buffer json = document.toBuffer();
            Buffer yaml = Buffer.buffer(YAML.writeValueAsBytes(JSON.readTree(json.getBytes())));
            return new Rendered(document, json, yaml);
        } catch (IOException e) {
            throw new IllegalStateException("the merged OpenAPI document cannot be written as YAML", e);
        }
    }
}
