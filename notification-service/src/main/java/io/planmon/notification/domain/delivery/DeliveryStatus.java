package io.planmon.notification.domain.delivery;

/**
 * PENDING until sent, or until the retries ran out (FAILED, kept and shown), or until its receiver was deleted
 * (CANCELLED, kept and shown with the reason). SENT, FAILED and CANCELLED are final.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    CANCELLED
}
