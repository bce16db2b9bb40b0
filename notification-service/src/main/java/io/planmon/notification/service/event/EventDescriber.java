package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;

/**
 * Describes the events of one type for the activity feed. A new topic needs only a describer per event type it
 * carries, and a channel for the topic; the recorder picks describers up by type.
 */
public interface EventDescriber {
    EventType type();

    /** @param event an event of {@link #type()}, its {@code data} already typed */
    ActivityDescription describe(CloudEvent<?> event);
}
