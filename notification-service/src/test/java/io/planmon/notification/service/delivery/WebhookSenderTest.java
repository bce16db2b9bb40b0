package io.planmon.notification.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.routing.ReceiverKind;
import io.planmon.notification.support.DeliverySettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A webhook whose stored address cannot make a request is a failed attempt, so backoff and the last attempt apply. */
class WebhookSenderTest {

    @Test
    void anAddressThatIsNoUriFailsTheAttemptInsteadOfThrowing() {
        WebhookSender sender = new WebhookSender(DeliverySettings.withTimeout(Duration.ofSeconds(1)));
        DeliveryClaim claim = new DeliveryClaim(
                1L, "token", "broken", ReceiverKind.WEBHOOK, Change.FIRED, "{}", "http://exa mple/hook", "s");

        Outcome outcome = sender.send(claim);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.httpStatus()).isNull();
        assertThat(outcome.error()).startsWith("cannot build the request");
    }
}
