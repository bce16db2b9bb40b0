package io.planmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever malformed request reaches the gateway, on whichever endpoint, the answer is no 5xx, and every 4xx
 * is a problem detail. At least 500 requests, generated from a seed ({@code -Dplanmon.bad-input.seed}, printed) by
 * {@link BadRequests}, spread over every endpoint of the security matrix in turn, each sent with a real token of a
 * caller allowed there (or that token spoilt), so that it reaches the endpoint's own checks.
 */
class BadInputIT {
    private static final int REQUESTS = Integer.getInteger("planmon.bad-input.requests", 600);
    private static final String PROBLEM = "application/problem+json";
    // Each caller stays under its gateway rate limit (10 a second for a department system) most of the time; a 429
    // now and then is a 4xx problem like any other.
    private static final long PER_CALLER_GAP_NANOS = Duration.ofMillis(110).toNanos();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, Long> nextCall = new HashMap<>();

    @BeforeAll
    static void platform() {
        RestAssured.baseURI = PlatformStack.get().gatewayUrl(); // for the tokens and the task fixture
    }

    @Test
    void noMalformedRequestGetsA5xxAndEvery4xxIsAProblemDetail() throws Exception {
        String gateway = PlatformStack.get().gatewayUrl();
        List<BadInputTargets.Target> targets = BadInputTargets.all(TaskFixture.id());
        Map<String, String> tokens = tokens(targets);
        long seed = Long.getLong("planmon.bad-input.seed", System.nanoTime());
        System.out.printf("bad-input: %d requests over %d endpoints, seed %d%n", REQUESTS, targets.size(), seed);
        BadRequests generator = new BadRequests(seed);

        List<String> violations = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            BadInputTargets.Target target = targets.get(i % targets.size());
            BadRequests.BadRequest bad = generator.next(target);
            pace(target.caller());
            String answer = send(gateway, bad, tokens.get(target.caller()), statuses);
            if (answer != null) {
                violations.add("#" + i + " " + bad.method() + " " + BadRequests.abbreviated(bad.path()) + " ("
                        + bad.what() + "): " + answer);
            }
        }

        System.out.println("bad-input: answers by status " + statuses);
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(500);
        assertThat(violations)
                .as("5xx answers, 4xx answers without a problem detail (seed " + seed + ")")
                .isEmpty();
    }

    @Test
    void theRequestsCoverEveryEndpointOfTheSecurityMatrix() {
        Set<String> covered = BadInputTargets.all(0).stream()
                .map(BadInputTargets.Target::label)
                .collect(Collectors.toSet());
        Set<String> documented = SecurityMatrix.rows().stream()
                .map(row ->
                        row.endpoint().label().replaceFirst(" \\(.*\\)$", "").replaceFirst("\\?.*$", ""))
                .collect(Collectors.toSet());
        assertThat(covered).containsAll(documented);
    }

    /** Sends one request; returns what is wrong with its answer, or null when nothing is. */
    private String send(String gateway, BadRequests.BadRequest bad, String token, Map<Integer, Integer> statuses)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + bad.path()))
                .timeout(Duration.ofSeconds(20))
                .method(
                        bad.method(),
                        bad.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        String authorization = bad.token().authorization(token);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        bad.headers().forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            statuses.merge(0, 1, Integer::sum);
            return "no answer: " + e;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return status + " " + contentType + " " + BadRequests.abbreviated(response.body());
        }
        if (status >= 400
                && !(contentType.startsWith(PROBLEM)
                        && response.body().matches("(?s)\\{.*\"status\"\\s*:\\s*" + status + "\\b.*"))) {
            return status + " without a problem detail: " + contentType + " "
                    + BadRequests.abbreviated(response.body());
        }
        return null;
    }

    private void pace(String caller) throws InterruptedException {
        long now = System.nanoTime();
        long due = nextCall.getOrDefault(caller, now);
        if (due > now) {
            Thread.sleep(Duration.ofNanos(due - now).toMillis());
        }
        nextCall.put(caller, Math.max(now, due) + PER_CALLER_GAP_NANOS);
    }

    private static Map<String, String> tokens(List<BadInputTargets.Target> targets) {
        Map<String, String> tokens = new HashMap<>();
        for (BadInputTargets.Target target : targets) {
            tokens.computeIfAbsent(target.caller(), c -> c.startsWith("dept-") ? Tokens.client(c) : Tokens.user(c));
        }
        return tokens;
    }
}
