package io.planmon.kit.support;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import io.planmon.events.task.TaskOverdueV1;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Real planmon events for the kit's tests, as another service would send them; each test names its own subjects. */
public final class Events {
    public static final String SOURCE = "/planmon/kit-test";

    private Events() {}

    /** A subject no other test uses: {@code prefix-<random>}. */
    public static String subject(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static TaskOverdueV1 overdue(String note) {
        return new TaskOverdueV1(1, "T-1", 20, note, note, "ECO", List.of(), LocalDate.of(2027, 6, 30), 40);
    }

    public static CloudEvent<?> event(String subject, String note) {
        return CloudEvent.of(EventType.TASK_OVERDUE, SOURCE, subject, overdue(note));
    }

    public static String json(CloudEvent<?> event) {
        return EventCodec.encode(event);
    }

    /** The note an event of {@link #event} carries (its task title). */
    public static String note(CloudEvent<?> event) {
        return ((TaskOverdueV1) event.data()).title();
    }
}
