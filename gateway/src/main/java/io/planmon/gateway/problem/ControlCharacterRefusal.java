package io.planmon.gateway.problem;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.planmon.web.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a request with a control character in its path, a query parameter or a header with a 400 problem naming
 * where it was, before anything else looks at it: NUL reached PostgreSQL through the services as a 500, and no path,
 * code, id, filter or header of the API has any use for one. The services check again, naming their path parameters.
 */
@ApplicationScoped
public class ControlCharacterRefusal {

    // After the request id (1000) and the security headers (900), so that the refusal carries both; ahead of CORS,
    // authentication, rate limits and routing.
    static final int PRIORITY = 800;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<Problem.FieldError> found = find(request.path(), request.query(), request.headers());
        if (found.isEmpty()) {
            ctx.next();
            return;
        }
        Problem.FieldError error = found.get();
        Problem problem = new Problem(
                "urn:planmon:problem:validation",
                "Invalid input",
                400,
                error.field() + ": " + error.message(),
                request.path(),
                List.of(error));
        if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            problem.sendClosing(request); // the body stays unread
        } else {
            problem.sendTo(ctx.response());
        }
    }

    /** The first control character in the raw (percent-encoded) path, the raw query or a header, as the field to name. */
    static Optional<Problem.FieldError> find(
            String rawPath, String rawQuery, Iterable<Map.Entry<String, String>> headers) {
        // A path with a broken escape is checked as it came (the HTTP layer refuses most of those before this).
        String path = rawPath == null ? "" : decoded(rawPath).orElse(rawPath);
        Optional<Problem.FieldError> found = control("path", path, false);
        if (found.isPresent() || rawQuery == null || rawQuery.isEmpty()) {
            return found.or(() -> inHeaders(headers));
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = decoded(rawName);
            if (name.isEmpty()) {
                return Optional.of(malformed("query"));
            }
            Optional<Problem.FieldError> inName = control("parameter name", name.get(), false);
            if (inName.isPresent()) {
                return inName;
            }
            if (equals >= 0) {
                Optional<String> value = decoded(pair.substring(equals + 1));
                if (value.isEmpty()) {
                    return Optional.of(malformed(name.get()));
                }
                Optional<Problem.FieldError> inValue = control(name.get(), value.get(), false);
                if (inValue.isPresent()) {
                    return inValue;
                }
            }
        }
        return inHeaders(headers);
    }

    private static Optional<Problem.FieldError> inHeaders(Iterable<Map.Entry<String, String>> headers) {
        for (Map.Entry<String, String> header : headers) {
            Optional<Problem.FieldError> found = control(header.getKey(), header.getValue(), true);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Any control character in a decoded path or parameter; in a header value (read as Latin-1, where UTF-8 text may
     * look like C1 controls) only C0 controls other than tab, and DEL.
     */
    private static Optional<Problem.FieldError> control(String field, String text, boolean header) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (header ? (c < 0x20 && c != '\t') || c == 0x7f : Character.isISOControl(c)) {
                String message = String.format("must not contain control characters (U+%04X at %d)", (int) c, i);
                return Optional.of(new Problem.FieldError(field, header ? "header " + message : message));
            }
        }
        return Optional.empty();
    }

    /** Percent-decoded as UTF-8, or empty for a broken escape. */
    private static Optional<String> decoded(String raw) {
        try {
            return Optional.of(QueryStringDecoder.decodeComponent(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
    }

    private static Problem.FieldError malformed(String field) {
        return new Problem.FieldError(field, "malformed percent-encoding");
    }
}
