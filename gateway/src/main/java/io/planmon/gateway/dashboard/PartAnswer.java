package io.planmon.gateway.dashboard;

import io.vertx.core.json.JsonObject;

/**
 * One service's summary as it last answered: its counts and the {@code ETag} that names them, which the next request
 * for the same scope sends as {@code If-None-Match} so that an unchanged part costs the service no body.
 *
 * @param etag the service's entity tag as sent (quoted), or null when it sent none and cannot be revalidated
 */
public record PartAnswer(JsonObject counts, String etag) {}
