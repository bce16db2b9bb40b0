package io.planmon.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The gateway's own part of the document ({@code openapi/gateway.json}): the title, the dashboard summary and its
 * schemas. Written by hand, since the summary is a Vert.x route that SmallRye OpenAPI does not scan.
 */
final class GatewayDocument {
    static final String RESOURCE = "openapi/gateway.json";

    private GatewayDocument() {}

    static JsonObject load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the gateway");
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
