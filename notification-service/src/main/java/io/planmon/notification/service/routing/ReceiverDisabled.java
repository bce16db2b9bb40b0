package io.planmon.notification.service.routing;

import io.planmon.notification.domain.routing.ReceiverKind;

/**
 * Fired (synchronously, in the saving transaction) when a receiver that was enabled is switched off, so that its
 * pending deliveries end with the change; routing does not know the delivery feature.
 */
public record ReceiverDisabled(long id, String name, ReceiverKind kind) {}
