package io.planmon.notification.domain;

/** How a receiver is reached. */
public enum ReceiverKind {
    WEBHOOK,
    EMAIL
}
