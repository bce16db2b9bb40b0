package io.planmon.notification.service.delivery;

import io.planmon.notification.domain.routing.ReceiverKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Makes one attempt of a claimed delivery: sends it outside any transaction (NEVER: a caller's transaction would hold
 * a connection across the call), then records the outcome in a transaction of its own.
 */
@ApplicationScoped
class DeliveryAttempter {
    private final WebhookSender webhooks;
    private final MailSender mails;
    private final DeliveryRecorder recorder;

    public DeliveryAttempter(WebhookSender webhooks, MailSender mails, DeliveryRecorder recorder) {
        this.webhooks = webhooks;
        this.mails = mails;
        this.recorder = recorder;
    }

    @Transactional(Transactional.TxType.NEVER)
    public void attempt(DeliveryClaim claim) {
        Outcome outcome = claim.kind() == ReceiverKind.WEBHOOK ? webhooks.send(claim) : mails.send(claim.payload());
        recorder.record(claim, outcome);
    }
}
