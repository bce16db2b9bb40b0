package io.planmon.gateway.problem;

import io.planmon.web.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an over-long request target with a 414 problem and over-large headers with a 431 problem. The HTTP codec
 * refuses requests beyond its own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size})
 * with a bare answer before any route exists; those limits are set well above the ones checked here, so that only the
 * absurd stays bare. These limits also keep what the gateway forwards within the services' own codec limits (4096
 * characters of request line, 20 KiB of headers), which would otherwise answer bare through the proxy.
 */
@ApplicationScoped
public class RequestSizeLimits {

    // After the request id (1000) and the security headers (900), ahead of everything that reads the request.
    static final int PRIORITY = 850;

    private final int maxTarget;
    private final long maxHeaderBytes;

    RequestSizeLimits(
            @ConfigProperty(name = "planmon.http.max-target-length", defaultValue = "4000") int maxTarget,
            @ConfigProperty(name = "planmon.http.max-header-bytes", defaultValue = "16K") MemorySize maxHeaderBytes) {
        this.maxTarget = maxTarget;
        this.maxHeaderBytes = maxHeaderBytes.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String target = request.uri();
        long headerBytes = headerBytes(request.headers());
        if (target.length() > maxTarget) {
            Problem.of(
                            414,
                            "uri-too-long",
                            "URI too long",
                            "the request target has " + target.length() + " characters; at most " + maxTarget
                                    + " are accepted",
                            shortened(request.path()))
                    .sendClosing(request);
        } else if (headerBytes > maxHeaderBytes) {
            Problem.of(
                            431,
                            "headers-too-large",
                            "Request header fields too large",
                            "the request headers take " + headerBytes + " bytes; at most " + maxHeaderBytes
                                    + " are accepted",
                            shortened(request.path()))
                    .sendClosing(request);
        } else {
            ctx.next();
        }
    }

    /** Bytes of the header lines as sent: name, colon and space, value, CRLF. */
    static long headerBytes(Iterable<Map.Entry<String, String>> headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        return bytes;
    }

    private static String shortened(String path) {
        return path == null || path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }
}
