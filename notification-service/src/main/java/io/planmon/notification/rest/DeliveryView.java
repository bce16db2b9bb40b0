package io.planmon.notification.rest;

import io.planmon.notification.domain.delivery.Delivery;
import io.planmon.notification.domain.delivery.DeliveryAttempt;
import java.time.Instant;
import java.util.List;

/** What was sent where, with every attempt. */
public record DeliveryView(
        long id,
        Long alertId,
        Long receiverId,
        String receiverName,
        String kind,
        String change,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant deliveredAt,
        List<AttemptView> log) {

    /** One attempt of the delivery log. */
    public record AttemptView(int attempt, Instant at, boolean success, Integer httpStatus, String error) {
        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.attempt, a.attemptedAt, a.success, a.httpStatus, a.error);
        }
    }

    static DeliveryView of(Delivery d) {
        return new DeliveryView(
                d.id,
                d.alertId,
                d.receiverId,
                d.receiverName,
                d.kind.name(),
                d.change.name(),
                d.status.name(),
                d.attempts,
                d.nextAttemptAt,
                d.lastError,
                d.createdAt,
                d.deliveredAt,
                d.log.stream().map(AttemptView::of).toList());
    }
}
