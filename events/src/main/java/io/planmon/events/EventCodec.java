package io.planmon.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/** Turns envelopes into JSON and back, typing {@code data} by the CloudEvents {@code type}. */
public final class EventCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventCodec() {}

    public static String encode(CloudEvent<?> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Reads an envelope; an event of a type this version does not know is returned empty so that consumers can skip
     * it. Malformed JSON or a payload that does not fit its type is an {@link InvalidEventException}.
     */
    public static Optional<CloudEvent<?>> decode(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject() || !tree.hasNonNull("id") || !tree.hasNonNull("type")) {
                throw new InvalidEventException("not a CloudEvent: id and type are required");
            }
            Optional<EventType> type = EventType.ofType(tree.get("type").asText());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Object data = MAPPER.treeToValue(tree.get("data"), type.get().payload());
            if (data == null) {
                throw new InvalidEventException("event " + tree.get("id").asText() + " has no data");
            }
            return Optional.of(new CloudEvent<>(
                    text(tree, "specversion"),
                    text(tree, "id"),
                    text(tree, "source"),
                    text(tree, "type"),
                    text(tree, "subject"),
                    tree.hasNonNull("time") ? MAPPER.treeToValue(tree.get("time"), java.time.Instant.class) : null,
                    text(tree, "datacontenttype"),
                    data));
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("malformed event: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode tree, String field) {
        return tree.hasNonNull(field) ? tree.get(field).asText() : null;
    }

    /** A message that cannot be read as a planmon event: a poison message for the dead-letter topic. */
    public static final class InvalidEventException extends RuntimeException {
        public InvalidEventException(String message) {
            super(message);
        }

        public InvalidEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
