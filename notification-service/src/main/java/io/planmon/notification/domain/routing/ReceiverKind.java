package io.planmon.notification.domain.routing;

/** How a receiver is reached. */
public enum ReceiverKind {
    WEBHOOK,
    EMAIL
}
