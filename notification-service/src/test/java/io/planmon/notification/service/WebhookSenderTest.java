package io.planmon.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.notification.config.AlertSettings;
import io.planmon.notification.domain.Change;
import io.planmon.notification.domain.ReceiverKind;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A webhook whose stored address cannot make a request is a failed attempt, so backoff and the last attempt apply. */
class WebhookSenderTest {

    @Test
    void anAddressThatIsNoUriFailsTheAttemptInsteadOfThrowing() {
        WebhookSender sender = new WebhookSender(settingsWithTimeout(Duration.ofSeconds(1)));
        DeliveryClaim claim = new DeliveryClaim(
                1L, "token", "broken", ReceiverKind.WEBHOOK, Change.FIRED, "{}", "http://exa mple/hook", "s", false);

        Outcome outcome = sender.send(claim);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.httpStatus()).isNull();
        assertThat(outcome.error()).startsWith("cannot build the request");
    }

    /** Only the delivery timeout is read by the sender; the mapping interfaces are stood in for by a proxy. */
    private static AlertSettings settingsWithTimeout(Duration timeout) {
        AlertSettings.Delivery delivery = (AlertSettings.Delivery) Proxy.newProxyInstance(
                AlertSettings.Delivery.class.getClassLoader(),
                new Class<?>[] {AlertSettings.Delivery.class},
                (proxy, method, args) -> method.getName().equals("timeout") ? timeout : null);
        return (AlertSettings) Proxy.newProxyInstance(
                AlertSettings.class.getClassLoader(),
                new Class<?>[] {AlertSettings.class},
                (proxy, method, args) -> method.getName().equals("delivery") ? delivery : null);
    }
}
