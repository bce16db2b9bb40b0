package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.notification.domain.alert.Signal;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hands each planmon event to the one {@link EventReader} of its type, found in a map built once; the alert engine
 * asks it for signals, the activity feed for a description. Events of a type without a reader say nothing here.
 */
@ApplicationScoped
public class EventReaders {
    private final Map<EventType, EventReader<?>> readers = new EnumMap<>(EventType.class);

    public EventReaders(@All List<EventReader<?>> readers) {
        for (EventReader<?> reader : readers) {
            if (this.readers.put(reader.type(), reader) != null) {
                throw new IllegalStateException("two readers of " + reader.type());
            }
        }
    }

    /** What {@code event} says about alert identities, in order; empty for a type without a reader. */
    public List<Signal> signals(CloudEvent<?> event) {
        return readerOf(event).map(r -> r.signals(typed(event))).orElse(List.of());
    }

    /** The activity feed's line for {@code event}; empty for a type the feed does not show. */
    public Optional<ActivityDescription> describe(CloudEvent<?> event) {
        return readerOf(event).map(r -> r.describe(typed(event)));
    }

    @SuppressWarnings("unchecked")
    private Optional<EventReader<Object>> readerOf(CloudEvent<?> event) {
        return EventType.ofType(event.type()).map(readers::get).map(r -> (EventReader<Object>) r);
    }

    /** The codec typed {@code data} by the event's type, which also picked the reader. */
    @SuppressWarnings("unchecked")
    private static CloudEvent<Object> typed(CloudEvent<?> event) {
        return (CloudEvent<Object>) event;
    }
}
