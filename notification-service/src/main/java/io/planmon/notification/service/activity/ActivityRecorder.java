package io.planmon.notification.service.activity;

import io.planmon.events.CloudEvent;
import io.planmon.kit.inbox.Inbox;
import io.planmon.notification.domain.activity.Activity;
import io.planmon.notification.domain.activity.ActivityRepository;
import io.planmon.notification.service.event.ActivityDescription;
import io.planmon.notification.service.event.EventReaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Turns each planmon event, once, into an entry of the activity feed, whatever topic it came from. */
@ApplicationScoped
public class ActivityRecorder {
    /** The inbox consumer name: alerts will consume the same events under their own name, independently. */
    public static final String CONSUMER = "activity";

    private static final Logger LOG = Logger.getLogger(ActivityRecorder.class);

    private final Inbox inbox;
    private final ActivityRepository activities;
    private final EventReaders readers;

    public ActivityRecorder(Inbox inbox, ActivityRepository activities, EventReaders readers) {
        this.inbox = inbox;
        this.activities = activities;
        this.readers = readers;
    }

    /**
     * Records the event in {@code json} unless it was recorded before; a message that is not a planmon event throws,
     * so that the channel parks it on its dead-letter topic.
     */
    @Transactional
    public void record(String json) {
        inbox.receive(CONSUMER, json, event -> entryOf(event).ifPresent(activities::persist));
    }

    /**
     * The batch form of {@link #record}: the whole batch's inbox check in one statement and its entries in another,
     * in one transaction (a statement per entry made a bulk import's feed trail its events by minutes).
     */
    @Transactional
    public void recordAll(List<String> jsons) {
        List<Activity> entries = new ArrayList<>(jsons.size());
        inbox.receiveAll(CONSUMER, jsons, event -> entryOf(event).ifPresent(entries::add));
        activities.insertAll(entries);
    }

    private Optional<Activity> entryOf(CloudEvent<?> event) {
        Optional<ActivityDescription> described = readers.describe(event);
        if (described.isEmpty()) {
            LOG.debugf("The activity feed does not show %s events; skipping %s", event.type(), event.id());
            return Optional.empty();
        }
        ActivityDescription description = described.get();
        Activity activity = new Activity();
        activity.eventId = event.id();
        activity.eventType = event.type();
        activity.subject = description.subject();
        activity.department = description.department();
        activity.summary = description.summary();
        activity.summaryEn = description.summaryEn();
        activity.recordedAt = Instant.now();
        activity.occurredAt = event.time() != null ? event.time() : activity.recordedAt;
        return Optional.of(activity);
    }
}
