package io.planmon.notification.service;

import io.planmon.notification.config.AlertSettings;
import io.planmon.notification.domain.Delivery;
import io.planmon.notification.domain.Receiver;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** POSTs a delivery's JSON to a webhook, signed with the receiver's secret; any 2xx answer is a success. */
@ApplicationScoped
public class WebhookSender {
    private final HttpClient http;
    private final AlertSettings settings;

    public WebhookSender(AlertSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.delivery().timeout())
                .build();
    }

    public Outcome send(Delivery delivery, Receiver receiver) {
        byte[] body = delivery.payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url))
                .timeout(settings.delivery().timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(Signature.HEADER, Signature.of(receiver.secret, body))
                .header("X-Planmon-Delivery", delivery.id.toString())
                .header("X-Planmon-Change", delivery.change.name())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            return status / 100 == 2 ? Outcome.ok(status) : Outcome.failed(status, "HTTP " + status);
        } catch (IOException e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        }
    }
}
