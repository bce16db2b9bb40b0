package io.planmon.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on localhost, as a department system would run one: checks each request's
 * {@code X-Planmon-Signature} (HMAC-SHA256 of the raw body, docs/alerts.md) and reports a signed alert change to
 * {@link Arrivals} when its body is complete. A request with a wrong signature is counted and answered 401.
 */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final AtomicInteger badSignatures = new AtomicInteger();

    WebhookReceiver(String secret, Arrivals arrivals) throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    long now = System.nanoTime();
                    byte[] raw = body.getBytes();
                    if (!signed(secret, raw, request.getHeader("X-Planmon-Signature"))) {
                        badSignatures.incrementAndGet();
                        request.response().setStatusCode(401).end();
                        return;
                    }
                    request.response().setStatusCode(204).end();
                    try {
                        JsonNode change = JSON.readTree(raw);
                        arrivals.arrived(
                                change.at("/alert/subjectCode").asText(),
                                change.path("change").asText(),
                                now);
                    } catch (java.io.IOException unreadable) {
                        badSignatures.incrementAndGet();
                    }
                }))
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/planmon/alerts";
    }

    int badSignatures() {
        return badSignatures.get();
    }

    static boolean signed(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        vertx.close();
    }
}
