package io.planmon.notification.domain.delivery;

/** PENDING until sent, or until the retries ran out (FAILED, kept and shown). */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
