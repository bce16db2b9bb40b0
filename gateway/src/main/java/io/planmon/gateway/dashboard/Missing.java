package io.planmon.gateway.dashboard;

import io.vertx.core.json.JsonObject;

/**
 * A part the summary lacks, and why.
 *
 * @param reason {@code unavailable} (no connection), {@code timeout}, {@code refused} (the service answered 401 or 403
 *     to the caller's token), {@code error} (another non-2xx answer) or {@code invalid-response} (not the JSON object
 *     the API promises)
 * @param status the service's HTTP status, when it answered at all
 * @param detail one sentence for people; for a refusal, the service's own words
 */
public record Missing(Part part, String reason, Integer status, String detail) {

    public JsonObject toJson() {
        JsonObject json = new JsonObject()
                .put("part", part.key())
                .put("service", part.upstream().service())
                .put("reason", reason);
        if (status != null) {
            json.put("status", status);
        }
        return json.put("detail", detail);
    }
}
