package io.planmon.notification.rest;

import io.planmon.notification.domain.routing.Receiver;
import java.time.Instant;

/** A receiver as the API shows it: the webhook secret is never returned, only whether one is set. */
public record ReceiverView(
        long id,
        String name,
        String kind,
        String url,
        boolean secretSet,
        String email,
        String department,
        boolean escalation,
        boolean enabled,
        Instant createdAt) {

    static ReceiverView of(Receiver r) {
        return new ReceiverView(
                r.id,
                r.name,
                r.kind.name(),
                r.url,
                r.secret != null,
                r.email,
                r.department,
                r.escalation,
                r.enabled,
                r.createdAt);
    }
}
