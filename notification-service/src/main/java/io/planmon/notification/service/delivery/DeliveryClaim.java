package io.planmon.notification.service.delivery;

import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.routing.ReceiverKind;

/**
 * What one attempt needs once its claiming transaction has committed: a plain copy of the delivery and of its
 * receiver, so that sending touches neither the database nor a managed entity.
 *
 * @param token names this attempt's lease; only it may record the outcome
 * @param url the webhook's address (null for a mailbox)
 * @param secret the webhook's signing key
 */
record DeliveryClaim(
        long id,
        String token,
        String receiverName,
        ReceiverKind kind,
        Change change,
        String payload,
        String url,
        String secret) {

    /** Never print the secret. */
    @Override
    public String toString() {
        return "DeliveryClaim[id=" + id + ", receiver=" + receiverName + ", kind=" + kind + ", change=" + change + "]";
    }
}
