package io.planmon.notification.service.routing;

import io.planmon.notification.domain.routing.ReceiverKind;

/**
 * Fired (synchronously, in the deleting transaction) just before a receiver's row goes, so that what belongs to it
 * elsewhere — its pending deliveries — ends in the same transaction; routing does not know the delivery feature.
 */
public record ReceiverDeleted(long id, String name, ReceiverKind kind) {}
