package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.notification.domain.alert.Signal;
import java.util.List;

/**
 * What notification-service makes of the events of one type: the alert signals they carry (docs/spec.md#alerts) and
 * their line in the activity feed. A new event type is one more bean of this interface (and a channel for its topic);
 * {@link EventReaders} picks it up by {@link #type()}.
 *
 * @param <T> the payload record of {@link #type()}
 */
interface EventReader<T> {
    EventType type();

    /** What the event says about alert identities: conditions that hold, or cleared; empty when it says nothing. */
    List<Signal> signals(CloudEvent<T> event);

    /** The event as the activity feed shows it. */
    ActivityDescription describe(CloudEvent<T> event);
}
