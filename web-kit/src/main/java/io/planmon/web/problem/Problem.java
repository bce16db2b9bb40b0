package io.planmon.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * An RFC 9457 problem detail: the one error format of every planmon API. The services' Jackson writes it (empty
 * members left out); the gateway, which has no JAX-RS, writes the same JSON itself with {@link #toBuffer()}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: which field (JSON path, path or query parameter) and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static String typeFor(String slug) {
        return "urn:planmon:problem:" + slug;
    }

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem(typeFor(slug), title, status, detail, instance, List.of());
    }

    /** Serialises like Jackson does in the services: empty members are left out, members keep the RFC's order. */
    public Buffer toBuffer() {
        JsonObject json = new JsonObject().put("type", type).put("title", title).put("status", status);
        putIfPresent(json, "detail", detail);
        putIfPresent(json, "instance", instance);
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            errors.forEach(
                    e -> list.add(new JsonObject().put("field", e.field()).put("message", e.message())));
            json.put("errors", list);
        }
        return json.toBuffer();
    }

    /** Ends the response with this problem as its body and status. */
    public void sendTo(HttpServerResponse response) {
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(toBuffer());
    }

    /**
     * Answers with this problem and then closes the connection: for a request whose body is left unread or whose framing
     * is in doubt, so that nothing still arriving on the connection can be taken for a request of its own.
     */
    public void sendClosing(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(v -> request.connection().close());
        sendTo(response);
    }

    private static void putIfPresent(JsonObject json, String name, String value) {
        if (value != null && !value.isEmpty()) {
            json.put(name, value);
        }
    }
}
