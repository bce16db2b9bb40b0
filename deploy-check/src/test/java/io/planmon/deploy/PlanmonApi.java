package io.planmon.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * planmon as a department system and the monitoring office see it from outside the compose network: real tokens from
 * the compose Keycloak on its published port, every call through the gateway's published port. Each call has a time
 * limit; an unexpected status fails with the answer's body.
 */
final class PlanmonApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_LIMIT = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ComposeSettings settings;

    PlanmonApi(ComposeSettings settings) {
        this.settings = settings;
    }

    /** A department system's token (client credentials, the secret from the project's .env). */
    String clientToken(String clientId) throws IOException, InterruptedException {
        String secret =
                settings.value("PLANMON_SECRET_" + clientId.toUpperCase().replace('-', '_'));
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A person's token through the dashboard client (the password grant, on in .env.example). */
    String userToken(String username) throws IOException, InterruptedException {
        String password = settings.value("PLANMON_PASSWORD_" + username.toUpperCase());
        return token(
                Map.of("grant_type", "password", "client_id", "dashboard", "username", username, "password", password));
    }

    private String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return expect(response, 200).get("access_token").asText();
    }

    HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return send(request(token, path).GET());
    }

    JsonNode getJson(String token, String path) throws IOException, InterruptedException {
        return expect(get(token, path), 200);
    }

    JsonNode put(String token, String path, String json, int status) throws IOException, InterruptedException {
        return sendJson("PUT", token, path, json, status);
    }

    JsonNode post(String token, String path, String json, int status) throws IOException, InterruptedException {
        return sendJson("POST", token, path, json, status);
    }

    private JsonNode sendJson(String method, String token, String path, String json, int status)
            throws IOException, InterruptedException {
        return expect(
                send(request(token, path)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))),
                status);
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(CALL_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode expect(HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ", expected " + status + ": " + response.body());
        }
        return response.body().isEmpty()
                ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
                : JSON.readTree(response.body());
    }

    String gatewayUrl() {
        return settings.gatewayUrl();
    }
}
