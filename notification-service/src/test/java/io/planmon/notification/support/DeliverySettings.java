package io.planmon.notification.support;

import io.planmon.notification.config.AlertSettings;
import java.lang.reflect.Proxy;
import java.time.Duration;

/** Alert settings for a sender built by hand: only the delivery timeout is read; a proxy stands in for the mapping. */
public final class DeliverySettings {
    private DeliverySettings() {}

    public static AlertSettings withTimeout(Duration timeout) {
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
