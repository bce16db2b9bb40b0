package io.planmon.gateway.dashboard;

import io.vertx.core.buffer.Buffer;
import java.util.Map;

/**
 * A summary ready to send to every caller of one scope: its bytes and strong {@code ETag}, and the parts it was made
 * of, whose own ETags the next round sends to the services as {@code If-None-Match}.
 *
 * @param parts the parts the services answered; a missing part has no entry
 */
public record ComposedSummary(Buffer body, String etag, Map<Part, PartAnswer> parts) {}
