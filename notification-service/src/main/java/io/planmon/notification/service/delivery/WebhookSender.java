package io.planmon.notification.service.delivery;

import io.planmon.notification.config.AlertSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs a delivery's JSON to a webhook, signed with the receiver's secret; any 2xx answer is a success. The whole
 * exchange, body included, ends within the timeout, which the delivery lease relies on.
 */
@ApplicationScoped
class WebhookSender {
    private final HttpClient http;
    private final Duration timeout;

    public WebhookSender(AlertSettings settings) {
        this.timeout = settings.delivery().timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Outcome send(DeliveryClaim delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(Signature.HEADER, Signature.of(delivery.secret(), body))
                    .header("X-Planmon-Delivery", Long.toString(delivery.id()))
                    .header("X-Planmon-Change", delivery.change().name())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (RuntimeException e) {
            // A stored URL or secret that cannot make a request is a failed attempt like any other: it backs off and
            // ends FAILED after the last one, instead of coming back with every lease for ever.
            return Outcome.failed(null, "cannot build the request: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<Void>> call = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // The request timeout stops at the response headers; a body that trickles on must not outlast the lease.
            int status = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status / 100 == 2 ? Outcome.ok(status) : Outcome.failed(status, "HTTP " + status);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Outcome.failed(null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            call.cancel(true);
            return Outcome.failed(null, "HttpTimeoutException: no complete answer within " + timeout);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.failed(null, "interrupted");
        }
    }
}
