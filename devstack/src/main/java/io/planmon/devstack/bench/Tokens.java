package io.planmon.devstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.devstack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Real access tokens from the stack's Keycloak, as the benchmarks' callers get them (local demo secrets only). */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String tokenUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public Tokens(BenchTarget target) {
        this.tokenUrl = target.tokenUrl();
    }

    /** A department system's token: client {@code dept-<code>} with its local secret. */
    public String department(String client) {
        return token(
                Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", client + "-secret"));
    }

    /**
     * A department system's token that is fetched again once it is a minute old, for a run longer than a token lives
     * (5 minutes in the local realm). Safe to call from several threads; at worst two fetch at once.
     */
    public Supplier<String> freshDepartment(String client) {
        AtomicReference<String> token = new AtomicReference<>(department(client));
        AtomicLong fetchedAt = new AtomicLong(System.nanoTime());
        return () -> {
            if (System.nanoTime() - fetchedAt.get() > TimeUnit.MINUTES.toNanos(1)) {
                token.set(department(client));
                fetchedAt.set(System.nanoTime());
            }
            return token.get();
        };
    }

    /** A person's token through the dashboard client (password grant, allowed locally): admin, monitor or viewer. */
    public String user(String name) {
        return token(Map.of("grant_type", "password", "client_id", "dashboard", "username", name, "password", name));
    }

    private String token(Map<String, String> form) {
        String body = new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StackException(
                        "Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new StackException("Keycloak at " + tokenUrl + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while asking Keycloak for a token", e);
        }
    }
}
