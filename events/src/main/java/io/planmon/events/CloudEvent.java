package io.planmon.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode; {@code data} is the versioned payload.
 *
 * <p>Unknown attributes (extensions added by a newer producer) are ignored so that consumers keep working.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** A new event with a fresh time-ordered id ({@link TimeOrderedIds}), stamped now; {@code subject} is the aggregate id, also used as the Kafka key. */
    public static <T> CloudEvent<T> of(EventType type, String source, String subject, T data) {
        if (!type.payload().isInstance(data)) {
            throw new IllegalArgumentException(
                    type.type() + " carries " + type.payload().getSimpleName());
        }
        return new CloudEvent<>(
                SPEC_VERSION,
                TimeOrderedIds.next().toString(),
                source,
                type.type(),
                subject,
                Instant.now(),
                JSON,
                data);
    }
}
